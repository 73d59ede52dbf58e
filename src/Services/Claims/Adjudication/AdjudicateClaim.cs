using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Claims;
using Platform.Claims.Codes;
using Platform.Claims.Data;
using Platform.Claims.Lookup;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Claims.Adjudication;

public static class AdjudicateClaim
{
    /// <summary>
    /// Records the claims system's determination. Every line is decided at once, and each balances as on an 835:
    /// billed − payable = the sum of its adjustments. A final determination cannot be pended again; deciding a
    /// final claim again is an adjustment (ClaimAdjusted), which restarts DSP-04's filing window; the same
    /// determination again is a resend, answered with the claim as it is.
    /// </summary>
    public static RouteHandlerBuilder MapAdjudicateClaim(this RouteGroupBuilder claims) => claims
        .MapPost("/{claimNumber}/adjudication", async Task<Results<Ok<ClaimDetail>, ValidationProblem, ProblemHttpResult>> (
            string claimNumber, AdjudicateClaimRequest request, ClaimsDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!ClaimNumber.IsValid(claimNumber))
            {
                return Problems.Invalid(nameof(claimNumber), ClaimNumber.Message);
            }

            if (await db.Claims.Include(c => c.Lines).Include(c => c.Adjustments).SingleOrDefaultAsync(c => c.ClaimNumber == claimNumber, cancellationToken) is not { } claim)
            {
                return Problems.NotFound($"Claim {claimNumber}");
            }

            // A paid claim's payable is what its Remittance Advice settled: changing it would break the RA's totals.
            if (claim.PaymentNumber is { } paidBy)
            {
                return Problems.Conflict($"Claim {claimNumber} was paid on {paidBy}: a paid claim is not adjudicated again.",
                    "A correction after payment is a reversal and a new claim, paid on a payment of its own.");
            }

            var now = time.GetUtcNow();
            if (request.Status is ClaimStatus.Pended)
            {
                if (claim.Status.IsFinal())
                {
                    return Problems.Conflict($"Claim {claimNumber} is {claim.Status}: a final determination is adjusted, not pended.");
                }

                claim.Pend(request.Reason!.Trim());
            }
            else
            {
                if (LineProblem(claim, request.Lines!) is { } problem)
                {
                    return problem;
                }

                var decided = request.Lines!.Select(d => (Line: claim.Lines.Single(l => l.LineNumber == d.LineNumber), Decision: d,
                    Adjustments: (d.Adjustments ?? []).Select(a => new Adjustment(a.Group!, a.Reason!, a.Amount!.Value)).ToList(), Remarks: d.RemarkCodes ?? [])).ToList();
                // The same determination sent again (a retry after a lost answer) changes nothing and announces nothing.
                if (claim.Status == request.Status && decided.All(d => d.Line.AllowedAmount == d.Decision.AllowedAmount && d.Line.PayableAmount == d.Decision.PayableAmount
                        && d.Line.Adjustments.SequenceEqual(d.Adjustments) && d.Line.RemarkCodes.SequenceEqual(d.Remarks)))
                {
                    return TypedResults.Ok(ClaimDetail.Of(claim, await db.Members.AsNoTracking().SingleAsync(m => m.Cin == claim.Cin, cancellationToken), fwaFlags: true));
                }

                foreach (var (line, decision, adjustments, remarks) in decided)
                {
                    line.Decide(decision.AllowedAmount!.Value, decision.PayableAmount!.Value, adjustments, [.. remarks]);
                }

                var determination = claim.Finalize(request.Status!.Value, request.Reason?.Trim(), now);
                // The state change, its event and its ACC-05 audit entry commit together (outbox); the relay publishes them.
                if (determination.Adjusted is { } adjusted)
                {
                    db.AddIntegrationEvent(adjusted, now);
                }
                else
                {
                    db.AddIntegrationEvent(determination.Finalized, now);
                }
            }

            db.AddAudit(audit, AuditActions.Update, nameof(Claim), claim.ClaimNumber, [claim.Cin], [claim.ClaimNumber]);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problems.Conflict($"Claim {claimNumber} was adjudicated by someone else meanwhile.", "Read the claim again and decide on what it is now.");
            }

            return TypedResults.Ok(ClaimDetail.Of(claim, await db.Members.AsNoTracking().SingleAsync(m => m.Cin == claim.Cin, cancellationToken), fwaFlags: true));
        })
        .WithName("AdjudicateClaim")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("Records a claim's determination (Finalized, Denied) line by line, or pends it; a finalized claim can then be disputed (CLM-05).");

    /// <summary>What only the claim itself can tell: every line decided once, within what was billed, and balanced.</summary>
    private static ValidationProblem? LineProblem(Claim claim, IReadOnlyList<LineDecisionRequest> decisions)
    {
        var numbers = decisions.Select(d => d.LineNumber!.Value).ToList();
        if (numbers.Distinct().Count() != numbers.Count || !numbers.Order().SequenceEqual(claim.Lines.Select(l => l.LineNumber).Order()))
        {
            return Problems.Invalid("lines", $"Decide each of the claim's {claim.Lines.Count} lines exactly once (line numbers 1 to {claim.Lines.Count}).");
        }

        foreach (var (decision, index) in decisions.Select((decision, index) => (decision, index)))
        {
            var line = claim.Lines.Single(l => l.LineNumber == decision.LineNumber);
            if (decision.AllowedAmount > line.BilledAmount)
            {
                return Problems.Invalid($"lines[{index}].allowedAmount", $"The allowed amount cannot exceed the billed {line.BilledAmount:0.00}.");
            }

            var adjusted = (decision.Adjustments ?? []).Sum(a => a.Amount!.Value);
            if (adjusted != line.BilledAmount - decision.PayableAmount)
            {
                return Problems.Invalid($"lines[{index}].adjustments",
                    $"The adjustments add up to {adjusted:0.00}; billed {line.BilledAmount:0.00} − payable {decision.PayableAmount:0.00} is {line.BilledAmount - decision.PayableAmount:0.00}.");
            }
        }

        return null;
    }
}
