using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Contracts.Audit;
using Platform.Dispute.Clock;
using Platform.Dispute.Data;
using Platform.Dispute.DisputableClaims;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Dispute.Disputes;

public static class SubmitDispute
{
    public const string IdempotencyHeader = IdempotencyKeys.Header;

    /// <summary>
    /// DSP-01…04 and 09: a dispute of a finalized claim the caller may see, in scope, within its filing window, with no
    /// other dispute open on the claim; routed to the health network responsible for the claim. A retry with the same
    /// Idempotency-Key and the same content answers 200 with the dispute already made; other content under the key, 409.
    /// </summary>
    public static RouteHandlerBuilder MapSubmitDispute(this RouteGroupBuilder disputes) => disputes
        .MapPost("/", async Task<Results<Created<DisputeResponse>, Ok<DisputeResponse>, ValidationProblem, ProblemHttpResult>> (
            SubmitDisputeRequest request, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
            ClaimsPrincipal user, CallerScope scope, DisputeDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!IdempotencyKeys.IsValid(idempotencyKey))
            {
                return IdempotencyKeys.Invalid();
            }

            var submitter = user.FindFirstValue(PlatformClaims.Subject)!;
            var digest = RequestDigest.Of(request);
            if (await ReplayAsync(db, submitter, idempotencyKey, digest, cancellationToken) is { } replayed)
            {
                return replayed;
            }

            if (await db.DisputableClaims.AsNoTracking().VisibleTo(scope, c => c.BillingNpi, c => c.HealthNetwork)
                    .SingleOrDefaultAsync(c => c.ClaimNumber == request.ClaimNumber, cancellationToken) is not { } claim)
            {
                // CLM-05: a claim not finalized yet is not disputable, and one outside the caller's providers does not exist.
                return Problems.NotFound($"Finalized claim {request.ClaimNumber}");
            }

            var now = time.GetUtcNow();
            if (await RefusalAsync(db, request, claim, now.PlanDay(), cancellationToken) is { } refusal)
            {
                return refusal;
            }

            var receivedOn = now.PlanDay();
            var deadlines = DisputeClock.Decision(receivedOn);
            var dispute = new Dispute
            {
                Id = Guid.CreateVersion7(now),
                DisputeNumber = $"PDR{receivedOn:yy}{await db.NextDisputeNumberAsync(cancellationToken):D7}",
                ClaimId = claim.ClaimId,
                ClaimNumber = claim.ClaimNumber,
                Cin = claim.Cin,
                BillingNpi = claim.BillingNpi,
                // A Level 2 disputes a Level 1 decision, a network's included: the plan decides it (provider complaint process).
                HealthNetwork = request.Level == 1 ? claim.HealthNetwork : null,
                Level = request.Level,
                Type = request.DisputeType,
                ContractedProvider = request.ContractedProvider,
                Description = request.Description.Trim(),
                ExpectedOutcome = request.ExpectedOutcome.Trim(),
                Contact = new DisputeContact(request.Contact.Name!.Trim(), request.Contact.Email!.Trim(), SubmitDisputeRequest.PhoneDigits(request.Contact.Phone)!,
                    request.Contact.Title?.Trim(), SubmitDisputeRequest.PhoneDigits(request.Contact.Fax)),
                BilledAmount = claim.BilledAmount,
                PayableAmount = claim.PayableAmount,
                History = [new DisputeTransition(now, DisputeStatus.Submitted, submitter, Note: null)],
                SubmittedAt = now,
                ReceivedOn = receivedOn,
                AcknowledgeBy = deadlines?.AcknowledgeBy,
                DecideBy = deadlines?.DecideBy,
                SubmittedBy = submitter,
                SubmitterOffice = Guid.TryParse(user.FindFirstValue(PlatformClaims.Office), out var office) ? office : null,
                IdempotencyKey = idempotencyKey,
                RequestDigest = digest,
            };
            db.Disputes.Add(dispute);
            db.AddIntegrationEvent(dispute.Submitted(), now);
            db.AddAudit(audit, AuditActions.Create, nameof(Dispute), dispute.DisputeNumber, [dispute.Cin], [dispute.ClaimNumber]);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
            {
                // Two submissions raced: a retry of this one (same key) is answered as a retry; another one for the
                // same claim lost to the dispute that is now open.
                db.ChangeTracker.Clear();
                if (await ReplayAsync(db, submitter, idempotencyKey, digest, cancellationToken) is { } retried)
                {
                    return retried;
                }

                if (unique.ConstraintName == DisputeConfiguration.OneOpenPerClaim)
                {
                    return OpenDispute(claim.ClaimNumber);
                }

                throw;
            }

            return TypedResults.Created($"/api/v1/disputes/{dispute.DisputeNumber}", DisputeResponse.From(dispute));
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("SubmitDispute")
        .WithSummary("Files a Provider Dispute Resolution Request (Level 1) or a Level 2 complaint of a finalized claim (DSP-01…04, DSP-09), routed to whoever decides it (DSP-03).");

    /// <summary>DSP-03's scope, DSP-04's window, DSP-01's one open dispute and DSP-09's levels, in the order a person would fix them.</summary>
    private static async Task<Results<Created<DisputeResponse>, Ok<DisputeResponse>, ValidationProblem, ProblemHttpResult>?> RefusalAsync(
        DisputeDbContext db, SubmitDisputeRequest request, DisputableClaim claim, DateOnly today, CancellationToken cancellationToken)
    {
        if (DisputeScope.OutOfScope(request.DisputeType, claim.LineOfBusiness, request.ContractedProvider) is { } appeal)
        {
            return Problems.Invalid(nameof(request.Type), appeal);
        }

        if (today > claim.FileBy)
        {
            return Problems.Invalid(nameof(request.ClaimNumber),
                $"A dispute is filed within {DisputableClaim.FilingWindowDays} days of the claim's last determination: this one was due by {claim.FileBy:yyyy-MM-dd}.");
        }

        var earlier = await db.Disputes.AsNoTracking().Where(d => d.ClaimId == claim.ClaimId)
            .Select(d => new { d.DisputeNumber, d.Level, d.Status }).ToListAsync(cancellationToken);
        if (earlier.FirstOrDefault(d => Dispute.OpenStatuses.Contains(d.Status)) is { } open)
        {
            return OpenDispute(claim.ClaimNumber, open.DisputeNumber);
        }

        if (request.Level == 2 && !earlier.Any(d => d.Level == 1 && d.Status == DisputeStatus.Resolved))
        {
            return Problems.Invalid(nameof(request.Level), "A Level 2 complaint disputes a Level 1 decision: this claim has no decided Level 1 dispute.");
        }

        return null;
    }

    private static ProblemHttpResult OpenDispute(string claimNumber, string? disputeNumber = null) =>
        Problems.Conflict($"Claim {claimNumber} already has an open dispute.",
            $"{(disputeNumber is null ? "Another dispute" : $"Dispute {disputeNumber}")} is open on this claim; add to it, or wait for its decision.");

    private static async Task<Results<Created<DisputeResponse>, Ok<DisputeResponse>, ValidationProblem, ProblemHttpResult>?> ReplayAsync(
        DisputeDbContext db, string submitter, string idempotencyKey, string digest, CancellationToken cancellationToken)
    {
        if (await db.Disputes.AsNoTracking().SingleOrDefaultAsync(d => d.SubmittedBy == submitter && d.IdempotencyKey == idempotencyKey, cancellationToken) is not { } known)
        {
            return null;
        }

        return known.RequestDigest == digest
            ? TypedResults.Ok(DisputeResponse.From(known))
            : Problems.Conflict($"The {IdempotencyHeader} was used for another submission.", $"It made dispute {known.DisputeNumber}; send a new key for a new dispute.");
    }
}
