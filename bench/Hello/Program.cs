// The least a request can cost on this machine: Kestrel and minimal-API routing answering a constant, no logging.
// /health lets the gateway count it as a healthy backend like any service.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/api/v1/hello", () => "hello");
app.MapGet("/health", () => "Healthy");
app.Run();
