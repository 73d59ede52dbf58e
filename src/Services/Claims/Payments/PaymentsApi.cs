using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;
using Platform.Claims.Printable;
using Platform.Contracts.Dates;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Claims.Payments;

/// <summary>One row of the reconciliation view: a check or EFT and what it paid.</summary>
public sealed record PaymentSummary(Guid PaymentId, PaymentMethod Method, string Number, DateOnly PaidOn, string PayeeNpi, decimal Amount, int Claims);

public static class PaymentsApi
{
    /// <summary>
    /// CLM-03 [R14 "Claims Reconciliation"]: the payments to the caller's providers and each one's Remittance Advice.
    /// A payment is the payee's (ACC-01); a partner network's claims are paid by the network, so partners see none here.
    /// </summary>
    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var payments = app.MapApiGroup("/api/v1/payments", "Claims reconciliation");
        payments.MapRecordPayment().RequireAuthorization(Roles.PlanStaff);

        payments.MapGet("/", async Task<Results<Ok<Page<PaymentSummary>>, ValidationProblem>> (
                CallerScope scope, ClaimsDbContext db, CancellationToken cancellationToken,
                string? npi = null, DateOnly? from = null, DateOnly? to = null, string? after = null, int limit = Page<PaymentSummary>.DefaultLimit) =>
            {
                if (Problem(npi, from, to, after, limit) is { } problem)
                {
                    return problem;
                }

                var query = db.Payments.AsNoTracking().VisibleTo(scope, p => p.PayeeNpi)
                    .Where(p => (npi == null || p.PayeeNpi == npi) && (from == null || p.PaidOn >= from) && (to == null || p.PaidOn <= to));
                if (after is not null && PaymentCursor.TryParse(after, out var cursor))
                {
                    query = query.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.PaidOn, p.Id), ValueTuple.Create(cursor.PaidOn, cursor.Id)));
                }

                var rows = await query.OrderByDescending(p => p.PaidOn).ThenByDescending(p => p.Id).Take(limit + 1)
                    .Select(p => new PaymentSummary(p.Id, p.Method, p.Number, p.PaidOn, p.PayeeNpi, p.Amount,
                        db.Claims.Count(c => c.PaymentId == p.Id) + db.ClaimAdjustments.Count(a => a.PaymentId == p.Id && db.Claims.Any(c => c.Id == a.ClaimId && c.PaymentId != p.Id))))
                    .ToListAsync(cancellationToken);
                return TypedResults.Ok(Page<PaymentSummary>.From(rows, limit, PaymentCursor.Format));
            })
            .RequireAuthorization(Modules.Claims)
            .WithName("ListPayments")
            .WithSummary("Payments (checks and EFTs) to the caller's providers, newest first, by payee NPI and paid date range (CLM-03); keyset-paginated.");

        payments.MapGet("/{paymentId:guid}/remittance", async Task<Results<Ok<RemittanceAdvice>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> (
                Guid paymentId, CallerScope scope, ClaimsDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken, string? format = null) =>
            {
                if (format is not (null or "json" or "csv" or "pdf"))
                {
                    return Problems.Invalid(nameof(format), "format is json (the default), csv or pdf.");
                }

                if (await db.Payments.AsNoTracking().VisibleTo(scope, p => p.PayeeNpi).SingleOrDefaultAsync(p => p.Id == paymentId, cancellationToken) is not { } payment)
                {
                    return Problems.NotFound("The payment");
                }

                var remittance = await Remittances.OfAsync(db, payment, cancellationToken);
                // ACC-05: durable before the remittance, and the members on it, leave the service.
                await audit.RecordReadAsync("Remittance", payment.Id.ToString(),
                    [.. remittance.Claims.Select(c => c.Cin).Concat(remittance.PriorClaimsAdjusted.Select(p => p.Cin)).Distinct()],
                    [.. remittance.Claims.Select(c => c.ClaimNumber).Concat(remittance.PriorClaimsAdjusted.Select(p => p.ClaimNumber))], cancellationToken);
                return format switch
                {
                    "csv" => TypedResults.File(Encoding.UTF8.GetBytes(RemittanceCsv.Of(remittance)), "text/csv; charset=utf-8", $"remittance-{payment.Number}.csv"),
                    "pdf" => TypedResults.File(RemittancePdf.Of(remittance, time.GetUtcNow()), "application/pdf", $"remittance-{payment.Number}.pdf"),
                    _ => TypedResults.Ok(remittance),
                };
            })
            .RequireAuthorization(Modules.Claims)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetRemittanceAdvice")
            .WithSummary("A payment's Remittance Advice: its claims, their lines and adjustments, and the totals (CLM-03); format=csv for a spreadsheet, format=pdf to print or file.");
        return app;
    }

    private static ValidationProblem? Problem(string? npi, DateOnly? from, DateOnly? to, string? after, int limit) => true switch
    {
        _ when npi is not null && !Npi.TryParse(npi, out _) => Problems.Invalid(nameof(npi), Npi.Message),
        _ when from is { } start && DateBounds.Coverage(start) is { } message => Problems.Invalid(nameof(from), message),
        _ when to is { } end && DateBounds.Coverage(end) is { } message => Problems.Invalid(nameof(to), message),
        _ when from > to => Problems.Invalid(nameof(from), "from cannot be later than to."),
        _ when after is not null && !PaymentCursor.TryParse(after, out _) => Problems.Invalid(nameof(after), "after must be the next value of a previous page."),
        _ when !Page<PaymentSummary>.IsValidLimit(limit) => Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<PaymentSummary>.MaxLimit}."),
        _ => null,
    };
}

/// <summary>Where a page of payments ended: newest paid first, ties broken by id ("2026-11-14.0193…").</summary>
public readonly record struct PaymentCursor(DateOnly PaidOn, Guid Id)
{
    public static string Format(PaymentSummary payment) => $"{payment.PaidOn:yyyy-MM-dd}.{payment.PaymentId}";

    public static bool TryParse(string text, out PaymentCursor cursor)
    {
        cursor = default;
        var parts = text.Split('.', 2);
        if (parts.Length != 2 || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !Guid.TryParse(parts[1], out var id))
        {
            return false;
        }

        cursor = new PaymentCursor(day, id);
        return true;
    }
}
