using Platform.AppHost.Hosting;

// The local platform. `dotnet run --project AppHost` builds every project below, starts the infrastructure
// with eng/infra.sh (or uses the servers that ConnectionStrings__postgres|cache|messaging name), runs each
// service's migrate step, then the services, then the gateway, and stops them all on Ctrl+C.
var builder = PlatformApp.CreateBuilder();

var postgres = builder.AddPostgres("postgres");
var cache = builder.AddRedis("cache");
var messaging = builder.AddRabbitMQ("messaging");

// Each domain service: its own database, migrated by its one-shot step before it starts; the broker and the cache.
ProjectResource Service(string name, string project, int port) =>
    builder.AddProject(name, $"src/Services/{project}/{project}.csproj", port)
        .WithReference(postgres.AddDatabase($"{name}db"))
        .WithReference(messaging)
        .WithReference(cache)
        .WithMigrateStep();

var identity = Service("identity", "Identity", 5101);
var eligibility = Service("eligibility", "Eligibility", 5102);
var referral = Service("referral", "Referral", 5103);
var claims = Service("claims", "Claims", 5104);
var dispute = Service("dispute", "Dispute", 5105);
var roster = Service("roster", "Roster", 5106);
var reporting = Service("reporting", "Reporting", 5107);

builder.AddProject("gateway", "src/Gateway/Gateway.csproj", port: 5080)
    .WithReference(identity)
    .WithReference(eligibility)
    .WithReference(referral)
    .WithReference(claims)
    .WithReference(dispute)
    .WithReference(roster)
    .WithReference(reporting);

await using var app = builder.Build();
return await app.RunAsync();
