using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Claims.Claims;
using Platform.Claims.Data;
using Platform.Claims.Lookup;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Claims.Intake;

public static class RecordClaim
{
    /// <summary>
    /// Idempotent by claim number: the same claim sent again (the same content, say after a lost answer) answers 200
    /// with the claim as recorded; other content under a recorded number is a 409, never an overwrite.
    /// </summary>
    public static RouteHandlerBuilder MapRecordClaim(this RouteGroupBuilder claims) => claims
        .MapPost("/", async Task<Results<Created<ClaimDetail>, Ok<ClaimDetail>, ValidationProblem, ProblemHttpResult>> (
            RecordClaimRequest request, ClaimsDbContext db, ClaimIntake intake, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var digest = RequestDigest.Of(request);
            if (await ReplayAsync(db, request.ClaimNumber, digest, cancellationToken) is { } replayed)
            {
                return replayed;
            }

            Cin.TryParse(request.Cin, out var cin);
            if (await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Cin == cin.Value, cancellationToken) is not { } member)
            {
                return Problems.Invalid(nameof(request.Cin),
                    "No member with this CIN is known to the plan. A member enrolled in the last minutes may not have reached claims yet: send the claim again later.");
            }

            var now = time.GetUtcNow();
            var claim = await intake.BuildAsync(request, digest, member, now, cancellationToken);
            db.Claims.Add(claim);
            db.AddIntegrationEvent(claim.Received(), now);
            // CLM-04: a claim late on every line is denied at once, and that determination is announced like any other.
            if (claim.ApplyTimelyFiling(now) is { } denied)
            {
                db.AddIntegrationEvent(denied, now);
            }

            db.AddAudit(audit, AuditActions.Create, nameof(Claim), claim.ClaimNumber, [claim.Cin], [claim.ClaimNumber]);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // The same number recorded concurrently: the first write wins, and this one is answered as a resend.
                db.ChangeTracker.Clear();
                if (await ReplayAsync(db, request.ClaimNumber, digest, cancellationToken) is { } resent)
                {
                    return resent;
                }

                throw;
            }

            return TypedResults.Created($"/api/v1/claims/{Uri.EscapeDataString(claim.ClaimNumber)}", ClaimDetail.Of(claim, member, fwaFlags: true));
        })
        .WithName("RecordClaim")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("Records a claim from the plan's claims system or clearinghouse: timely filing (CLM-04) and FWA review flags (CLM-06) at intake.");

    private static async Task<Results<Created<ClaimDetail>, Ok<ClaimDetail>, ValidationProblem, ProblemHttpResult>?> ReplayAsync(
        ClaimsDbContext db, string claimNumber, string digest, CancellationToken cancellationToken)
    {
        if (await db.Claims.AsNoTracking().Include(c => c.Lines).AsSplitQuery().SingleOrDefaultAsync(c => c.ClaimNumber == claimNumber, cancellationToken) is not { } known)
        {
            return null;
        }

        if (known.IntakeDigest != digest)
        {
            return Problems.Conflict($"Claim {claimNumber} is already recorded with other content.",
                "A claim number names one claim. Send a correction through adjudication, or the new claim under its own number.");
        }

        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Cin == known.Cin, cancellationToken);
        return TypedResults.Ok(ClaimDetail.Of(known, member, fwaFlags: true));
    }
}
