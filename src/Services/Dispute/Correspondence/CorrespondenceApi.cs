using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Audit;
using Platform.Contracts.Disputes;
using Platform.Dispute.Data;
using Platform.Dispute.Disputes;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Dispute.Correspondence;

/// <summary>DSP-08's Correspondence tab: the dispute's letters, and its reviewer (the plan's or the network's) writing one, emailed to the provider.</summary>
public static class CorrespondenceApi
{
    public static RouteGroupBuilder MapDisputeCorrespondence(this RouteGroupBuilder disputes)
    {
        // ACC-01/06: the letters of a dispute the caller may not see are not found; a letter may hold PHI, so the read is audited.
        disputes.MapGet("/{disputeNumber}/correspondence", async Task<Results<Ok<IReadOnlyList<CorrespondenceResponse>>, ValidationProblem, ProblemHttpResult>> (
                string disputeNumber, CallerScope scope, DisputeDbContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
            {
                if (!DisputesApi.IsNumber(disputeNumber))
                {
                    return Problems.Invalid(nameof(disputeNumber), DisputesApi.NumberMessage);
                }

                if (await db.VisibleDisputeAsync(disputeNumber, scope, cancellationToken) is not { } found)
                {
                    return Problems.NotFound($"Dispute {disputeNumber}");
                }

                var letters = await db.Correspondence.AsNoTracking().Where(c => c.DisputeId == found.Id).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
                    .ToListAsync(cancellationToken);
                await audit.RecordReadAsync(nameof(DisputeCorrespondence), found.DisputeNumber, [found.Cin], [found.ClaimNumber], cancellationToken);
                return TypedResults.Ok<IReadOnlyList<CorrespondenceResponse>>([.. letters.Select(CorrespondenceResponse.From)]);
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListDisputeCorrespondence")
            .WithSummary("The dispute's letters, oldest first: its acknowledgment and the reviewers' letters and information requests, each with when it was emailed (DSP-06/08).");

        disputes.MapPost("/{disputeNumber}/correspondence", async Task<Results<Created<CorrespondenceResponse>, ValidationProblem, ProblemHttpResult>> (
                string disputeNumber, WriteCorrespondenceRequest request, ClaimsPrincipal user, CallerScope scope, DisputeDbContext db, IAuditTrail audit,
                TimeProvider time, CancellationToken cancellationToken) =>
            {
                if (!DisputesApi.IsNumber(disputeNumber))
                {
                    return Problems.Invalid(nameof(disputeNumber), DisputesApi.NumberMessage);
                }

                if (await db.VisibleDisputeAsync(disputeNumber, scope, cancellationToken) is not { } dispute)
                {
                    return Problems.NotFound($"Dispute {disputeNumber}");
                }

                if (DisputeSteps.DecidedByCaller(dispute, scope) is { } routed)
                {
                    return routed;
                }

                if (request.CorrespondenceKind == CorrespondenceKind.InformationRequest && !Disputes.Dispute.OpenStatuses.Contains(dispute.Status))
                {
                    return Problems.Conflict($"Dispute {dispute.DisputeNumber} is {dispute.Status}.", "Information is requested while a dispute is open; write a Letter instead.");
                }

                var now = time.GetUtcNow();
                var loa = dispute.SubmitterOffice is { } office ? await db.OfficeAdministrators.FindAsync([office], cancellationToken) : null;
                var letter = DisputeLetters.FromReviewer(dispute, loa, request.CorrespondenceKind, request.Subject.Trim(), request.Body.Trim(), now,
                    user.FindFirstValue(PlatformClaims.Name) ?? user.FindFirstValue(PlatformClaims.Subject)!);
                db.Correspondence.Add(letter);
                db.AddIntegrationEvent(new DisputeCorrespondenceCreated(letter.Id, dispute.Id, dispute.DisputeNumber, letter.Kind.ToString(), now), now);
                db.AddAudit(audit, AuditActions.Create, nameof(DisputeCorrespondence), dispute.DisputeNumber, [dispute.Cin], [dispute.ClaimNumber]);
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Created($"/api/v1/disputes/{dispute.DisputeNumber}/correspondence", CorrespondenceResponse.From(letter));
            })
            .RequireAuthorization(Policies.PayerDecisions)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("WriteDisputeCorrespondence")
            .WithSummary("A reviewer writes to the provider about a dispute the caller decides (the plan's, or its network's, DSP-03): a Letter, or an InformationRequest while it is open. It is on the Correspondence tab at once and emailed to the contact and the office's LOA (DSP-08).");
        return disputes;
    }
}
