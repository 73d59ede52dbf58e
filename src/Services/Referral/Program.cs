using Platform.Referral.AuthorizationExemptions;
using Platform.Referral.Data;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<ReferralDbContext>("referraldb");

var app = builder.Build();
app.MapServiceDefaults();
app.MapAuthorizationExemptionsApi();
await app.RunServiceAsync<ReferralDbContext>(args);
