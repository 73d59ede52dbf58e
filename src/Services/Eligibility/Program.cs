using Platform.Eligibility.Data;
using Platform.Eligibility.HealthNetworks;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<EligibilityDbContext>("eligibilitydb");

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapHealthNetworksApi();
await app.RunServiceAsync<EligibilityDbContext>(args);
