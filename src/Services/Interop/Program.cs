using Platform.Interop.Data;
using Platform.Interop.Fhir;
using Platform.Interop.Owners;
using Platform.Interop.X12;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<InteropDbContext>("interopdb");
builder.AddOwnerApis();
builder.Services.AddFhirOutcomes();

var app = builder.Build();
app.MapServiceDefaults();
app.MapFhirApi();
app.MapX12Api();
await app.RunServiceAsync<InteropDbContext>(args);
