using Platform.Reporting.Attestations;
using Platform.Reporting.Data;
using Platform.Reporting.Members;
using Platform.Reporting.Pdc;
using Platform.Reporting.Seeding;
using Platform.Reporting.TrainingMaterials;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<ReportingDbContext>("reportingdb", bus => bus.AddConsumer<MemberEligibilityChangedConsumer>());

builder.Services.AddSingleton<PdcRows>();

var app = builder.Build();
app.MapServiceDefaults();
app.MapTrainingMaterialsApi();
app.MapAttestationsApi();
app.MapPdcApi();
await app.RunServiceAsync<ReportingDbContext>(args, afterMigrate: SeedPharmacyCommand.SeedDemoAsync, SeedPharmacyCommand.SeedPharmacy);
