using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Data;

namespace Platform.Identity.Partners.Assertions;

/// <summary>
/// SMART Backend Services (RFC 7523 §2.2, private_key_jwt): a partner authenticates with a JWT it signed with a key
/// whose public half it registered (<see cref="PartnerJwks"/>), instead of sending a shared secret.
/// </summary>
public sealed class ClientAssertion(IdentityDbContext db, TimeProvider time, ILogger<ClientAssertion> logger)
{
    public const string JwtBearerType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    /// <summary>SMART: exp no more than five minutes in the future.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Tolerance for the partner's clock, kept small because it lengthens every limit above.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public static readonly IReadOnlyList<string> Algorithms = [SecurityAlgorithms.RsaSha384, SecurityAlgorithms.EcdsaSha384];

    /// <summary>
    /// The client the assertion authenticates, or null (invalid_client): a signature by a registered key named by kid,
    /// iss = sub = the client's id (and the form's client_id, if sent), aud one of <paramref name="audiences"/>, exp
    /// present and at most five minutes ahead, nbf and iat not in the future, and a jti not seen before.
    /// </summary>
    public async Task<PartnerClient?> AuthenticateAsync(string assertion, string? formClientId, IReadOnlyList<string> audiences, CancellationToken cancellationToken)
    {
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(assertion);
        }
        catch (ArgumentException)
        {
            return Refuse(null, "not a JWT");
        }

        var clientId = token.Issuer;
        if (string.IsNullOrEmpty(clientId) || (!string.IsNullOrEmpty(formClientId) && formClientId != clientId))
        {
            return Refuse(null, "iss missing or not the client_id sent");
        }

        var client = await db.PartnerClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        var keys = PartnerJwks.KeysNamed(client?.Jwks, token.Kid);
        if (client is not { Active: true } || keys.Count == 0)
        {
            return Refuse(clientId, "unknown or inactive client, or no registered key with the assertion's kid");
        }

        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = clientId,
            ValidAudiences = audiences,
            IssuerSigningKeys = keys,
            ValidAlgorithms = Algorithms,
            // The times are checked below against the service's TimeProvider, with SMART's own limits.
            ValidateLifetime = false,
        });
        if (!validation.IsValid)
        {
            return Refuse(clientId, $"signature, issuer or audience ({validation.Exception?.GetType().Name})");
        }

        var now = time.GetUtcNow();
        if ((token.Subject != clientId ? "sub is not the client id" : LifetimeProblem(token, now)) is { } problem)
        {
            return Refuse(clientId, problem);
        }

        if (string.IsNullOrEmpty(token.Id) || token.Id.Length > AssertionReplay.MaxJtiLength)
        {
            return Refuse(clientId, "jti missing or too long");
        }

        // Kept as long as the assertion could still pass: its exp plus the skew allowed.
        var usableUntil = new DateTimeOffset(token.ValidTo, TimeSpan.Zero) + ClockSkew;
        if (!await AssertionReplay.TryUseAsync(db, clientId, token.Id, usableUntil, now, cancellationToken))
        {
            return Refuse(clientId, "jti already used (replay)");
        }

        return client;
    }

    private static string? LifetimeProblem(JsonWebToken token, DateTimeOffset now)
    {
        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out var exp))
        {
            return "exp missing";
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(exp);
        if (expires <= now - ClockSkew)
        {
            return "expired";
        }

        if (expires > now + MaxLifetime + ClockSkew)
        {
            return "exp more than five minutes ahead";
        }

        return InFuture(token, JwtRegisteredClaimNames.Nbf, now) || InFuture(token, JwtRegisteredClaimNames.Iat, now) ? "nbf or iat in the future" : null;
    }

    private static bool InFuture(JsonWebToken token, string claim, DateTimeOffset now) =>
        token.TryGetPayloadValue<long>(claim, out var seconds) && DateTimeOffset.FromUnixTimeSeconds(seconds) > now + ClockSkew;

    /// <summary>Why, for the operator; the client hears only invalid_client, as for a wrong secret. No PHI here.</summary>
    private PartnerClient? Refuse(string? clientId, string reason)
    {
        logger.LogInformation("Client assertion refused for client {ClientId}: {Reason}", clientId ?? "(unknown)", reason);
        return null;
    }
}
