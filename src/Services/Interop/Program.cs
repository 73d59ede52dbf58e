using Platform.Interop.Data;
using Platform.Interop.Export;
using Platform.Interop.Fhir;
using Platform.Interop.Owners;
using Platform.Interop.Seeding;
using Platform.Interop.X12;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<InteropDbContext>("interopdb", bus =>
{
    // The bulk export's copies (Export/): members from eligibility, determined claims from claims.
    bus.AddConsumer<MemberEligibilityChangedConsumer>();
    bus.AddConsumer<ClaimFinalizedConsumer>();
    bus.AddConsumer<ClaimAdjustedConsumer>();
    bus.AddConsumer<ClaimPaidConsumer>();
});
builder.AddOwnerApis();
builder.AddBulkExport();
builder.Services.AddFhirOutcomes().AddFhirOpenApi();

var app = builder.Build();
app.MapServiceDefaults();
app.MapFhirApi().MapBulkExport();
app.MapX12Api();
await app.RunServiceAsync<InteropDbContext>(args, afterMigrate: DemoCopies.SeedAsync);
