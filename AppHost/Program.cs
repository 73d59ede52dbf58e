using Platform.AppHost;
using Platform.AppHost.Hosting;

// The local platform (declared in LocalPlatform.cs). `dotnet run --project AppHost` builds every project, starts
// the infrastructure with eng/infra.sh (or uses the servers that ConnectionStrings__postgres|cache|messaging
// name), runs each service's migrate step, then the services, then the gateway, and stops them all on Ctrl+C.
var builder = PlatformApp.CreateBuilder();
// The demo's synthetic members (README) exist only in this run: the end-to-end tests declare the same model without them.
LocalPlatform.Declare(builder)["eligibility"].WithEnvironment("Eligibility__DemoPopulation", "2000");

await using var app = builder.Build();
return await app.RunAsync();
