using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Identity.Partners.Assertions;
using Platform.Identity.Data;
using Platform.Identity.Sessions;
using Platform.Identity.Tokens;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Partners;

/// <summary>The OAuth 2.0 token response (RFC 6749 §5.1), in its own snake_case names; scope as SMART spells it.</summary>
public sealed record ClientTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope);

public static class ClientCredentials
{
    private const string GrantType = "client_credentials";

    /// <summary>
    /// ACC-06: a health network's API client trades its credentials for a token that carries its network, which every
    /// service scopes members and claims by. The client authenticates with its id and secret (form fields or HTTP Basic,
    /// RFC 6749 §2.3.1) or, SMART Backend Services, with a JWT signed by a key it registered (RFC 7523 private_key_jwt).
    /// A scope narrows the token to the modules it maps to (<see cref="SmartScopes"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapClientCredentials(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup(TokenEndpoint.Path, "Partner clients").AllowAnonymous()
            .MapPost("/", async Task<Results<Ok<ClientTokenResponse>, ProblemHttpResult, ValidationProblem>> (
                HttpRequest request, IdentityDbContext db, ClientAssertion assertions, AccessTokenIssuer tokens,
                IOptions<IdentityOptions> options, CancellationToken cancellationToken) =>
            {
                if (!request.HasFormContentType)
                {
                    return Problems.Invalid("grant_type", "Send application/x-www-form-urlencoded with grant_type=client_credentials.");
                }

                var form = await request.ReadFormAsync(cancellationToken);
                if (form["grant_type"] != GrantType)
                {
                    return AuthProblems.UnsupportedGrantType(GrantType);
                }

                var assertion = form["client_assertion"].ToString();
                if (form.ContainsKey("client_assertion_type") || assertion.Length > 0)
                {
                    // One authentication method per request (RFC 6749 §2.3): an assertion comes without a secret.
                    var client = form["client_assertion_type"] == ClientAssertion.JwtBearerType && assertion.Length > 0
                        && !form.ContainsKey("client_secret") && BasicCredentials(request) is null
                            ? await assertions.AuthenticateAsync(assertion, form["client_id"], TokenEndpoint.Audiences(request, options.Value), cancellationToken)
                            : null;
                    return client is null ? AuthProblems.InvalidClientAssertion() : await IssueAsync(client, form["scope"], tokens, cancellationToken);
                }

                var (clientId, secret) = BasicCredentials(request) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
                var secretClient = await db.PartnerClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
                if (secretClient is not { Active: true } || !SecretMatches(secretClient.SecretHash, secret))
                {
                    return AuthProblems.InvalidClient();
                }

                return await IssueAsync(secretClient, form["scope"], tokens, cancellationToken);
            })
            .Accepts<IFormCollection>("application/x-www-form-urlencoded")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithName("IssueClientToken")
            .WithSummary("OAuth 2.0 client credentials (secret or SMART private_key_jwt): a partner health network's token, scoped to its network (ACC-06).");
        return app;
    }

    private static async Task<Results<Ok<ClientTokenResponse>, ProblemHttpResult, ValidationProblem>> IssueAsync(
        PartnerClient client, string? scope, AccessTokenIssuer tokens, CancellationToken cancellationToken)
    {
        var (grant, refused) = SmartScopes.Resolve(scope, client.Permissions);
        if (grant is null)
        {
            return AuthProblems.InvalidScope(refused!);
        }

        var granted = string.Join(' ', grant.Scopes);
        List<(string, string)> claims = [(PlatformClaims.ClientId, client.ClientId), (PlatformClaims.Network, client.NetworkCode)];
        if (granted.Length > 0)
        {
            claims.Add((SmartScopes.Claim, granted));
        }

        var token = await tokens.IssueAsync(
            new TokenSubject($"client:{client.ClientId}", client.Name, [Roles.Partner], grant.Permissions, claims), cancellationToken);
        return TypedResults.Ok(new ClientTokenResponse(token, "Bearer", (int)tokens.Lifetime.TotalSeconds, granted));
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
