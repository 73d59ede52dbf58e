using Platform.ServiceDefaults;
using Platform.Web;
using Platform.Web.Api;
using Platform.Web.Components;
using Platform.Web.Session;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRedisCache();
builder.AddSharedKeyRing();
builder.AddPortalSessions();
builder.AddGatewayClient();
builder.Services.AddRazorComponents();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddAuthorizationBuilder().AddPolicy(PortalModules.SignedIn, policy => policy.RequireAuthenticatedUser());

var app = builder.Build();
app.UseForwardedHeaders();
app.UsePortalErrorPages();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapHealthEndpoints();
app.MapStaticAssets();
app.MapSignOut();
app.MapRazorComponents<App>();
app.Run();
