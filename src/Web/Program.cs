using Microsoft.AspNetCore.HttpOverrides;
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
// Reached through the gateway: redirects and links must name the gateway's host and scheme, not this process's.
builder.Services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.All);
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
