using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Audit;
using Platform.Dispute.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Dispute.Disputes;

/// <summary>
/// DSP-10's steps after acknowledgment: a reviewer takes a dispute into review and resolves it; the submitter's office
/// may withdraw it while it is open. DSP-03: the plan's reviewers decide the plan's disputes, and a health network's API
/// client those routed to its network (it sees no others).
/// </summary>
public static class DisputeSteps
{
    public static RouteGroupBuilder MapDisputeSteps(this RouteGroupBuilder disputes)
    {
        disputes.MapPost("/{disputeNumber}/review", (string disputeNumber, ClaimsPrincipal user, CallerScope scope, DisputeDbContext db, IAuditTrail audit,
                TimeProvider time, CancellationToken cancellationToken) =>
                StepAsync(disputeNumber, scope, db, audit, cancellationToken, dispute => DecidedByCaller(dispute, scope) ?? Step(dispute, DisputeStatus.InReview,
                    () => dispute.StartReview(time.GetUtcNow(), user.FindFirstValue(PlatformClaims.Subject)!))))
            .RequireAuthorization(Policies.PayerDecisions)
            .Describe("ReviewDispute", "A reviewer of the plan, or of the health network it was routed to, takes an acknowledged dispute into review (DSP-03/10).");

        disputes.MapPost("/{disputeNumber}/resolution", (string disputeNumber, ResolveDisputeRequest request, ClaimsPrincipal user, CallerScope scope,
                DisputeDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
                StepAsync(disputeNumber, scope, db, audit, cancellationToken, dispute => DecidedByCaller(dispute, scope) ?? AmountProblem(dispute, request) ?? Step(dispute, DisputeStatus.Resolved,
                    () => db.AddIntegrationEvent(dispute.Resolve(request.DisputeOutcome, request.Rationale.Trim(), request.PayableAmount, time.GetUtcNow(),
                        user.FindFirstValue(PlatformClaims.Subject)!), time.GetUtcNow()))))
            .RequireAuthorization(Policies.PayerDecisions)
            .Describe("ResolveDispute", "A reviewer of the plan, or of the health network it was routed to, decides a dispute in review: Upheld, Overturned or PartiallyOverturned, with the rationale and, for an overturn, what the claim pays now (DSP-10).");

        disputes.MapPost("/{disputeNumber}/withdrawal", (string disputeNumber, WithdrawDisputeRequest request, ClaimsPrincipal user, CallerScope scope,
                DisputeDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
                StepAsync(disputeNumber, scope, db, audit, cancellationToken, dispute => Step(dispute, DisputeStatus.Withdrawn,
                    () => db.AddIntegrationEvent(dispute.Withdraw(request.Reason?.Trim(), time.GetUtcNow(), user.FindFirstValue(PlatformClaims.Subject)!), time.GetUtcNow()))))
            .Describe("WithdrawDispute", "The provider's office withdraws an open dispute (DSP-10); the claim can be disputed again.");
        return disputes;
    }

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder endpoint, string name, string summary) => endpoint
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName(name)
        .WithSummary(summary);

    /// <summary>
    /// Loads the dispute the caller may see (404 otherwise), applies the step unless it is refused, and saves the dispute,
    /// the step's event and the audit entry together; a concurrent step that won first makes this one a 409.
    /// </summary>
    private static async Task<Results<Ok<DisputeResponse>, ValidationProblem, ProblemHttpResult>> StepAsync(
        string disputeNumber, CallerScope scope, DisputeDbContext db, IAuditTrail audit, CancellationToken cancellationToken,
        Func<Dispute, IResult?> step)
    {
        if (!DisputesApi.IsNumber(disputeNumber))
        {
            return Problems.Invalid(nameof(disputeNumber), DisputesApi.NumberMessage);
        }

        if (await db.Disputes.VisibleTo(scope, d => d.BillingNpi, d => d.HealthNetwork).SingleOrDefaultAsync(d => d.DisputeNumber == disputeNumber, cancellationToken) is not { } dispute)
        {
            return Problems.NotFound($"Dispute {disputeNumber}");
        }

        switch (step(dispute))
        {
            case ValidationProblem invalid:
                return invalid;
            case ProblemHttpResult refused:
                return refused;
        }

        db.AddAudit(audit, AuditActions.Update, nameof(Dispute), dispute.DisputeNumber, [dispute.Cin], [dispute.ClaimNumber]);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict($"Dispute {disputeNumber} changed meanwhile.", "Read it again, then decide whether the step is still wanted.");
        }

        return TypedResults.Ok(DisputeResponse.From(dispute));
    }

    /// <summary>The step's refusal (409) when the dispute is not where it could take it; else the step, its event staged in the outbox.</summary>
    private static IResult? Step(Dispute dispute, DisputeStatus next, Action apply)
    {
        if (!dispute.CanMoveTo(next))
        {
            return Problems.Conflict($"Dispute {dispute.DisputeNumber} is {dispute.Status}; it cannot be {next} now.");
        }

        apply();
        return null;
    }

    /// <summary>DSP-03: a dispute routed to a network is the network's to decide, not the plan's (the network sees only its own).</summary>
    internal static ProblemHttpResult? DecidedByCaller(Dispute dispute, CallerScope scope) => dispute.HealthNetwork is { } network && scope.Network is null
        ? Problems.Conflict($"Dispute {dispute.DisputeNumber} was routed to {network}.", "The health network responsible for the claim decides it (DSP-03).")
        : null;

    /// <summary>An overturn pays more than the claim did, and at most what was billed.</summary>
    private static ValidationProblem? AmountProblem(Dispute dispute, ResolveDisputeRequest request) =>
        request.PayableAmount is { } amount && (amount <= dispute.PayableAmount || amount > dispute.BilledAmount)
            ? Problems.Invalid(nameof(request.PayableAmount),
                $"An overturn pays more than the {dispute.PayableAmount:F2} the claim paid, and at most the {dispute.BilledAmount:F2} billed.")
            : null;
}
