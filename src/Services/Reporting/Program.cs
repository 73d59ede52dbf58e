using Platform.Reporting.Data;
using Platform.Reporting.Members;
using Platform.Reporting.Seeding;
using Platform.Reporting.TrainingMaterials;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<ReportingDbContext>("reportingdb", bus => bus.AddConsumer<MemberEligibilityChangedConsumer>());

var app = builder.Build();
app.MapServiceDefaults();
app.MapTrainingMaterialsApi();
await app.RunServiceAsync<ReportingDbContext>(args, afterMigrate: SeedPharmacyCommand.SeedDemoAsync, SeedPharmacyCommand.SeedPharmacy);
