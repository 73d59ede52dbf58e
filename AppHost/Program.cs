using Platform.AppHost;
using Platform.AppHost.Hosting;

// The local platform (declared in LocalPlatform.cs). `dotnet run --project AppHost` builds every project, starts
// the infrastructure with eng/infra.sh (or uses the servers that ConnectionStrings__postgres|cache|messaging
// name), runs each service's migrate step, then the services, then the gateway, and stops them all on Ctrl+C.
var builder = PlatformApp.CreateBuilder();
LocalPlatform.Declare(builder);

await using var app = builder.Build();
return await app.RunAsync();
