using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Claims.Claims;
using Platform.Claims.Data;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Claims.Payments;

public static class RecordPayment
{
    /// <summary>
    /// Records a check or EFT and marks its claims paid, each announced as ClaimPaid. Every claim must be determined,
    /// billed by the payee and on no other payment — unless an overturned dispute raised its payable since, when the
    /// payment pays that difference (DSP-10); the amount is what they are owed. Idempotent by method and number.
    /// </summary>
    public static RouteHandlerBuilder MapRecordPayment(this RouteGroupBuilder payments) => payments
        .MapPost("/", async Task<Results<Created<RemittanceAdvice>, Ok<RemittanceAdvice>, ValidationProblem, ProblemHttpResult>> (
            RecordPaymentRequest request, ClaimsDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var digest = RequestDigest.Of(request);
            if (await ReplayAsync(db, request, digest, cancellationToken) is { } replayed)
            {
                return replayed;
            }

            Tin.TryParse(request.PayeeTin, out var tin);
            var claims = await db.Claims.Include(c => c.Lines).Include(c => c.Adjustments).Where(c => request.ClaimNumbers.Contains(c.ClaimNumber)).ToListAsync(cancellationToken);
            if (ClaimProblem(request, claims) is { } problem)
            {
                return problem;
            }

            var now = time.GetUtcNow();
            var payment = new Payment
            {
                Method = request.Method!.Value,
                Number = request.Number,
                PaidOn = request.PaidOn!.Value,
                PayeeNpi = request.PayeeNpi,
                PayeeTin = tin.Value,
                Amount = claims.Sum(c => c.AmountOwed),
                RecordedAt = now,
                IntakeDigest = digest,
            };
            db.Payments.Add(payment);
            foreach (var claim in claims)
            {
                db.AddIntegrationEvent(claim.Pay(payment), now);
            }

            db.AddAudit(audit, AuditActions.Create, nameof(Payment), payment.Id.ToString(), [.. claims.Select(c => c.Cin).Distinct()], [.. claims.Select(c => c.ClaimNumber)]);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                db.ChangeTracker.Clear();
                if (await ReplayAsync(db, request, digest, cancellationToken) is { } resent)
                {
                    return resent;
                }

                throw;
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problems.Conflict("A claim of this payment changed meanwhile.", "Read the claims again and send the payment once they are settled.");
            }

            return TypedResults.Created($"/api/v1/payments/{payment.Id}/remittance", await Remittances.OfAsync(db, payment, cancellationToken));
        })
        .WithName("RecordPayment")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("Records a check or EFT with the determined claims it settles, and answers its Remittance Advice (CLM-03).");

    private static async Task<Results<Created<RemittanceAdvice>, Ok<RemittanceAdvice>, ValidationProblem, ProblemHttpResult>?> ReplayAsync(
        ClaimsDbContext db, RecordPaymentRequest request, string digest, CancellationToken cancellationToken)
    {
        if (await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Method == request.Method && p.Number == request.Number, cancellationToken) is not { } known)
        {
            return null;
        }

        return known.IntakeDigest == digest
            ? TypedResults.Ok(await Remittances.OfAsync(db, known, cancellationToken))
            : Problems.Conflict($"{request.Method} {request.Number} is already recorded with other claims or amounts.",
                "A check or trace number names one payment; a correction is a new payment under its own number.");
    }

    /// <summary>The first claim, in the request's order, that this payment cannot settle; its field names its place in the list.</summary>
    private static ValidationProblem? ClaimProblem(RecordPaymentRequest request, List<Claim> claims)
    {
        foreach (var (number, index) in request.ClaimNumbers.Select((number, index) => (number, index)))
        {
            var field = $"claimNumbers[{index}]";
            var message = claims.SingleOrDefault(c => c.ClaimNumber == number) switch
            {
                null => $"No claim {number} is recorded.",
                { BillingNpi: var npi } when npi != request.PayeeNpi => $"Claim {number} was billed by NPI {npi}, not by the payee.",
                { Status: var status } when !status.IsFinal() => $"Claim {number} is {status}: only a determined claim is paid or reported.",
                { PaymentNumber: { } paidBy, AmountOwed: 0 } => $"Claim {number} is already on payment {paidBy}, and no adjustment since is owed.",
                _ => null,
            };
            if (message is not null)
            {
                return Problems.Invalid(field, message);
            }
        }

        return null;
    }
}
