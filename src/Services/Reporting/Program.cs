using Platform.Reporting.Attestations;
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
app.MapAttestationsApi();
await app.RunServiceAsync<ReportingDbContext>(args, afterMigrate: async (services, cancellationToken) =>
{
    if (DemoCopies.DemoPlan(services) is { } plan)
    {
        await DemoCopies.SeedAsync(services, plan, cancellationToken);
    }
});
