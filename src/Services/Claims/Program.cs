using Platform.Claims.Claims;
using Platform.Claims.Data;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<ClaimsDbContext>("claimsdb");

var app = builder.Build();
app.MapServiceDefaults();
app.MapClaimsApi();
await app.RunServiceAsync<ClaimsDbContext>(args);
