using Platform.Identity;
using Platform.Identity.Admin;
using Platform.Identity.Audit;
using Platform.Identity.Data;
using Platform.Identity.Keys;
using Platform.Identity.Me;
using Platform.Identity.Offices;
using Platform.Identity.Partners;
using Platform.Identity.Seed;
using Platform.Identity.Sessions;
using Platform.Identity.Users;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<IdentityDbContext>("identitydb", bus =>
{
    bus.AddConsumer<AuditRecordedConsumer>();
    bus.AddConsumer<OfficeAdministratorsRequestedConsumer>();
});
builder.AddIdentityServices();

var app = builder.Build();
app.MapServiceDefaults();
app.MapKeysApi();
app.MapSessionsApi();
app.MapChangePassword();
app.MapClientCredentials();
app.MapSmartConfiguration();
app.MapRegisterPartnerJwks();
app.MapMeApi();
app.MapAdminApi();
app.MapAuditEntriesApi();
await app.RunServiceAsync<IdentityDbContext>(args, afterMigrate: DemoSeed.ApplyAsync);
