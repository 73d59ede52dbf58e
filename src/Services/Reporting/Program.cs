using Platform.Reporting.Attestations;
using Platform.Reporting.Bhi;
using Platform.Reporting.Data;
using Platform.Reporting.Members;
using Platform.Reporting.Pdc;
using Platform.Reporting.Seeding;
using Platform.Reporting.TrainingMaterials;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<ReportingDbContext>("reportingdb", bus => bus.AddConsumer<MemberEligibilityChangedConsumer>());

builder.Services.AddSingleton<PdcRows>();
builder.Services.AddScoped<BhiMembers>();

var app = builder.Build();
app.MapServiceDefaults();
app.MapTrainingMaterialsApi();
app.MapAttestationsApi();
app.MapPdcApi();
app.MapBhiApi();
await app.RunServiceAsync<ReportingDbContext>(args, afterMigrate: async (services, cancellationToken) =>
{
    await SeedPharmacyCommand.SeedDemoAsync(services, cancellationToken);
    await DepressionCareSeed.SeedDemoAsync(services, cancellationToken);
}, SeedPharmacyCommand.SeedPharmacy);
