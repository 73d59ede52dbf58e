using Platform.Claims.Claims;
using Platform.Claims.Data;
using Platform.Claims.Disputes;
using Platform.Claims.Fwa;
using Platform.Claims.Intake;
using Platform.Claims.Members;
using Platform.Claims.Payments;
using Platform.Claims.Printable;
using Platform.Claims.Seeding;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<ClaimsDbContext>("claimsdb", bus =>
{
    bus.AddConsumer<MemberEligibilityChangedConsumer>();
    bus.AddConsumer<DisputeSubmittedConsumer>();
    bus.AddConsumer<DisputeResolvedConsumer>();
    bus.AddConsumer<DisputeWithdrawnConsumer>();
});
builder.Services.AddSingleton(UnbundlingPairs.Load());
builder.Services.AddScoped<ClaimIntake>();
PdfFonts.Use(builder.Configuration);

var app = builder.Build();
app.MapServiceDefaults();
app.MapClaimsApi();
app.MapPaymentsApi();
await app.RunServiceAsync<ClaimsDbContext>(args, afterMigrate: SeedCommands.SeedDemoAsync, SeedCommands.SeedClaims);
