using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Partners;

public static class RegisterPartnerJwks
{
    /// <summary>
    /// SMART Backend Services, ACC-06: the plan's EA registers (or replaces) a partner client's public JWKS, which its
    /// signed client assertions are then verified against. The plan holds no partner's private key: a key set with a
    /// private member (d, p, q, …) is refused. Replacing the set retires the old keys at once (the partner's rotation:
    /// register old and new together, switch, then register the new alone). Audited (ACC-05).
    /// </summary>
    public static IEndpointRouteBuilder MapRegisterPartnerJwks(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/v1/admin/partner-clients", "Admin").RequireAuthorization(Policies.EnterpriseAdministration)
            .MapPut("/{clientId}/jwks", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (
                string clientId, JsonElement jwks, IdentityDbContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
            {
                var client = await db.PartnerClients.SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
                if (client is null)
                {
                    return Problems.NotFound($"Partner client {clientId}");
                }

                var (normalized, errors) = PartnerJwks.Normalize(jwks);
                if (normalized is null)
                {
                    return TypedResults.ValidationProblem(errors);
                }

                client.Jwks = normalized;
                db.AddAudit(audit, AuditActions.Update, nameof(PartnerClient), client.ClientId);
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.NoContent();
            })
            .Accepts<JsonElement>("application/json")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RegisterPartnerJwks")
            .WithSummary("Registers a partner client's public JSON Web Key Set for SMART Backend Services (private_key_jwt); EA only.");
        return app;
    }
}
