using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using Platform.ServiceDefaults.Auth;

namespace Platform.ServiceDefaults;

public static class Authentication
{
    /// <summary>
    /// Bearer tokens validated in every process (defense in depth) against the identity service's published keys,
    /// with one policy per module (ACC-02) and the administrative policies of ACC-03/05.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var authority = options.Authority ?? builder.Configuration["services:identity:http:0"];
        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenHandlers.Clear();
            jwt.TokenHandlers.Add(new CachingTokenHandler(TimeProvider.System) { MapInboundClaims = false });
            if (!string.IsNullOrWhiteSpace(authority))
            {
                // Without an authority (the identity service itself, or a misconfigured process) no key is known and
                // every protected call answers 401; the identity service plugs in its own key store instead.
                jwt.MetadataAddress = authority.TrimEnd('/') + AuthOptions.DiscoveryPath;
                jwt.RequireHttpsMetadata = authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
                jwt.AutomaticRefreshInterval = options.KeyRefreshInterval;
                jwt.RefreshInterval = TimeSpan.FromSeconds(30);
            }

            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                NameClaimType = PlatformClaims.Name,
                RoleClaimType = PlatformClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        builder.Services.AddAuthorization(authorization =>
        {
            foreach (var module in Modules.All)
            {
                authorization.AddPolicy(module, policy => policy.RequireAuthenticatedUser().RequireClaim(PlatformClaims.Permission, module));
            }

            authorization.AddPolicy(Roles.PlanStaff, policy => policy.RequireRole(Roles.PlanStaff));
            authorization.AddPolicy(Policies.PayerDecisions, policy => policy.RequireRole(Roles.PlanStaff, Roles.Partner));
            authorization.AddPolicy(Policies.OfficeAdministration, policy => policy
                .RequireClaim(PlatformClaims.Permission, Modules.Admin)
                .RequireRole(Roles.Loa, Roles.Ea));
            authorization.AddPolicy(Policies.EnterpriseAdministration, policy => policy.RequireRole(Roles.Ea));
        });
        return builder;
    }
}
