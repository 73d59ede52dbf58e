using Platform.AppHost;

// The platform as PlatformModel declares it. `eng/run.sh` (dotnet run --project AppHost) starts it with the Aspire
// dashboard; the whole-platform tests start the same model through Aspire.Hosting.Testing.
var builder = DistributedApplication.CreateBuilder(args);
builder.AddPlatform();
builder.Build().Run();
