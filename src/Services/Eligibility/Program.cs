using Platform.Eligibility.AccessStandards;
using Platform.Eligibility.Data;
using Platform.Eligibility.Enrollment;
using Platform.Eligibility.HealthNetworks;
using Platform.Eligibility.Members;
using Platform.Eligibility.PcpChanges;
using Platform.Eligibility.Population;
using Platform.Eligibility.Providers;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<EligibilityDbContext>("eligibilitydb");
builder.Services.AddScoped<EnrollmentFeed>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapHealthNetworksApi();
app.MapAccessStandardsApi();
app.MapMembersApi();
app.MapPreviewPcpChange();
app.MapProvidersApi();
app.MapEnrollmentBatchesApi();
await app.RunServiceAsync<EligibilityDbContext>(
    args, afterMigrate: PopulationCommands.LoadDemoAsync, PopulationCommands.SeedPopulation, ApplyEnrollmentCommand.Command);
