using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Eligibility.Data;
using Platform.Eligibility.Members;
using Platform.Eligibility.Providers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Eligibility.PcpChanges;

public sealed record PcpChangeRequestBody([property: Required] string NewPcpNpi, bool SawAssignedPcpThisMonth) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Npi.TryParse(NewPcpNpi, out _))
        {
            yield return new(Npi.Message, [nameof(NewPcpNpi)]);
        }
    }
}

public sealed record PcpChangeResponse(Guid Id, string Cin, string NewPcpNpi, string NewPcpName, DateOnly RequestedOn, DateOnly EffectiveDate);

public static class RequestPcpChange
{
    public static RouteHandlerBuilder MapRequestPcpChange(this RouteGroupBuilder members) => members
        .MapPost("/{cin}/pcp-change-requests", async Task<Results<Created<PcpChangeResponse>, ValidationProblem, ProblemHttpResult>> (
            string cin, PcpChangeRequestBody body, CallerScope scope, ClaimsPrincipal user, EligibilityDbContext db, IAuditTrail audit,
            TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!Cin.TryParse(cin, out var parsed))
            {
                return Problems.Invalid(nameof(cin), "A CIN is eight digits followed by a letter.");
            }

            // ACC-01/06: only for a member the caller may see; anyone else's answers 404.
            if (!await db.VisibleMembers(scope).AnyAsync(m => m.Cin == parsed.Value, cancellationToken))
            {
                return Problems.NotFound($"Member {parsed.Value}");
            }

            // ELG-06: a member changes to another primary care provider, never to a specialist.
            if (await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Npi == body.NewPcpNpi && p.Type == ProviderType.Pcp, cancellationToken)
                is not { } pcp)
            {
                return Problems.Invalid(nameof(body.NewPcpNpi), "No primary care provider with this NPI is in the directory.");
            }

            var today = time.PlanToday();
            var request = new PcpChangeRequest
            {
                MemberCin = parsed.Value,
                NewPcpNpi = pcp.Npi,
                SawAssignedPcpThisMonth = body.SawAssignedPcpThisMonth,
                RequestedOn = today,
                EffectiveDate = PcpChangeRule.EffectiveDate(today, body.SawAssignedPcpThisMonth),
                RequestedBy = user.FindFirstValue(PlatformClaims.Subject) ?? "",
                RequestedAt = time.GetUtcNow(),
            };
            db.PcpChangeRequests.Add(request);
            // ACC-05: the entry commits with the request, or neither does.
            db.AddAudit(audit, AuditActions.Create, nameof(PcpChangeRequest), request.Id.ToString(), [request.MemberCin]);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Created(
                (string?)null,
                new PcpChangeResponse(request.Id, request.MemberCin, pcp.Npi, pcp.Name, request.RequestedOn, request.EffectiveDate));
        })
        .WithName("RequestPcpChange")
        .WithSummary("Records a member's PCP change request and answers the date it takes effect (ELG-06).");
}
