using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Platform.Identity.Keys;
using Platform.Identity.Partners.Assertions;
using Platform.Identity.Sessions;
using Platform.Identity.Tokens;
using Platform.Identity.Users;

namespace Platform.Identity;

public static class IdentityServices
{
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(IdentityOptions.Section);
        builder.Services.Configure<IdentityOptions>(section);
        builder.Services.AddSingleton(new KeyEncryption(KeyEncryptionKey(builder, section.Get<IdentityOptions>() ?? new IdentityOptions())));
        builder.Services.AddSingleton<SigningKeyStore>();
        builder.Services.AddHostedService<KeyRotationService>();
        builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        builder.Services.AddScoped<AccessTokenIssuer>();
        builder.Services.AddScoped<ClientAssertion>();
        builder.Services.AddScoped<PasswordCheck>();
        builder.Services.AddScoped<SignInThrottle>();
        builder.Services.AddScoped<SessionIssuer>();
        // The service that signs validates its own tokens from its key store, not over HTTP from itself.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<SigningKeyStore>((jwt, store) =>
                jwt.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => store.PublishedNow());
        return builder;
    }

    private static byte[] KeyEncryptionKey(IHostApplicationBuilder builder, IdentityOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.KeyEncryptionKey))
        {
            return Convert.FromBase64String(options.KeyEncryptionKey);
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Identity:KeyEncryptionKey is not configured (environment variable Identity__KeyEncryptionKey, base64 of 32 random bytes).");
        }

        // A developer's run without one: keys are unreadable after a restart, so new ones are made; tokens re-issue.
        return RandomNumberGenerator.GetBytes(32);
    }
}
