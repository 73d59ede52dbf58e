using Platform.Identity.Audit;
using Platform.Identity.Data;
using Platform.Identity.DevTokens;
using Platform.Identity.Me;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<IdentityDbContext>("identitydb", bus => bus.AddConsumer<AuditRecordedConsumer>());

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapMeApi();
app.MapAuditEntriesApi();
app.MapDevTokensApi();
await app.RunServiceAsync<IdentityDbContext>(args);
