using Platform.Referral.AuthorizationExemptions;
using Platform.Referral.Data;
using Platform.Referral.PriorAuthorization;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<ReferralDbContext>("referraldb");

var app = builder.Build();
app.MapServiceDefaults();
app.MapAuthorizationExemptionsApi();
app.MapPaCodeListsApi();
await app.RunServiceAsync<ReferralDbContext>(args, afterMigrate: PaCodeListSeed.ApplyAsync);
