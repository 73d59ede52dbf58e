using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using Platform.ServiceDefaults.Auth;

namespace Platform.ServiceDefaults;

public static class Authentication
{
    /// <summary>Bearer tokens validated in every process (defense in depth), one policy per module (ACC-02).</summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                IssuerSigningKey = SigningKey(options),
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
        });
        return builder;
    }

    /// <summary>Without a configured key no token validates: the service runs, and every protected call answers 401.</summary>
    public static SecurityKey SigningKey(AuthOptions options) =>
        string.IsNullOrWhiteSpace(options.DevSigningKey)
            ? new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))
            : new SymmetricSecurityKey(Convert.FromBase64String(options.DevSigningKey));
}
