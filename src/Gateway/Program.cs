using Platform.Gateway;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
var backends = Backends.FromConfiguration(builder.Configuration);
builder.AddBackendHealthChecks(backends);
builder.AddClientRateLimiting();
builder.AddServiceProxy(backends);

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseRateLimiter();
app.MapServiceProxy();
app.MapServiceDocuments(backends);
app.Run();
