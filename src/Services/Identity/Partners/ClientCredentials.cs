using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.Identity.Sessions;
using Platform.Identity.Tokens;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Partners;

/// <summary>The OAuth 2.0 token response (RFC 6749 §5.1), in its own snake_case names.</summary>
public sealed record ClientTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

public static class ClientCredentials
{
    private const string GrantType = "client_credentials";

    /// <summary>
    /// ACC-06: a health network's API client trades its id and secret (form fields or HTTP Basic, RFC 6749 §2.3.1)
    /// for a token that carries its network, which every service scopes members and claims by.
    /// </summary>
    public static IEndpointRouteBuilder MapClientCredentials(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/v1/token", "Partner clients").AllowAnonymous()
            .MapPost("/", async Task<Results<Ok<ClientTokenResponse>, ProblemHttpResult, ValidationProblem>> (
                HttpRequest request, IdentityDbContext db, AccessTokenIssuer tokens, CancellationToken cancellationToken) =>
            {
                if (!request.HasFormContentType)
                {
                    return Problems.Invalid("grant_type", "Send application/x-www-form-urlencoded with grant_type=client_credentials.");
                }

                var form = await request.ReadFormAsync(cancellationToken);
                if (form["grant_type"] != GrantType)
                {
                    return Problems.Invalid("grant_type", "Only the client_credentials grant is supported.");
                }

                var (clientId, secret) = BasicCredentials(request) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
                var client = await db.PartnerClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
                if (client is not { Active: true } || !SecretMatches(client.SecretHash, secret))
                {
                    return AuthProblems.InvalidClient();
                }

                var token = await tokens.IssueAsync(
                    new TokenSubject($"client:{client.ClientId}", client.Name, [Roles.Partner], client.Permissions,
                        [(PlatformClaims.ClientId, client.ClientId), (PlatformClaims.Network, client.NetworkCode)]),
                    cancellationToken);
                return TypedResults.Ok(new ClientTokenResponse(token, "Bearer", (int)tokens.Lifetime.TotalSeconds));
            })
            .WithName("IssueClientToken")
            .WithSummary("OAuth 2.0 client credentials: a partner health network's token, scoped to its network (ACC-06).");
        return app;
    }

    public static string HashSecret(string secret) => SessionIssuer.Hash(secret);

    private static bool SecretMatches(string storedHash, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(HashSecret(secret)));

    private static (string, string)? BasicCredentials(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)).Split(':', 2);
            return pair.Length == 2 ? (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
