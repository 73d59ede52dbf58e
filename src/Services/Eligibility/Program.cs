using Platform.Eligibility.AccessStandards;
using Platform.Eligibility.Data;
using Platform.Eligibility.Enrollment;
using Platform.Eligibility.HealthNetworks;
using Platform.Eligibility.Members;
using Platform.Eligibility.Messaging;
using Platform.Eligibility.PcpChanges;
using Platform.Eligibility.Population;
using Platform.Eligibility.Providers;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<EligibilityDbContext>(
    EligibilityDbContext.ConnectionName, bus =>
    {
        bus.AddConsumer<MemberEligibilityChangedConsumer>();
        bus.AddConsumer<ClaimReceivedConsumer>();
        bus.AddConsumer<ReferralSubmittedConsumer>();
    });
builder.Services.AddScoped<EnrollmentFeed>();
builder.Services.AddSingleton<MemberCache>();
builder.Services.AddSingleton<ProgramNames>();
builder.Services.AddScoped<MemberEntries>();
builder.Services.AddScoped<NewPatientVerification>();
// For handlers whose hottest path needs no database (a cached lookup): the context is built on first use only.
builder.Services.AddScoped(services => new Lazy<EligibilityDbContext>(services.GetRequiredService<EligibilityDbContext>));

var app = builder.Build();
app.MapServiceDefaults();
app.MapHealthNetworksApi();
app.MapAccessStandardsApi();
app.MapMembersApi();
app.MapPreviewPcpChange();
app.MapProvidersApi();
app.MapEnrollmentBatchesApi();
await app.RunServiceAsync<EligibilityDbContext>(
    args, afterMigrate: PopulationCommands.LoadDemoAsync, PopulationCommands.SeedPopulation, ApplyEnrollmentCommand.Command);
