using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;
using Platform.Contracts.Dates;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;

namespace Platform.Claims.Claims;

public sealed record RecordClaimRequest(
    [property: Required, RegularExpression(Contracts.Identifiers.ClaimNumber.Pattern, ErrorMessage = Contracts.Identifiers.ClaimNumber.Message)] string ClaimNumber,
    [property: Required] string Cin,
    [property: Required] string BillingNpi,
    [property: Required] DateOnly? ServiceFrom,
    [property: Required] DateOnly? ServiceTo,
    [property: Range(typeof(decimal), "0.01", "9999999999.99")] decimal BilledAmount,
    [property: RegularExpression("^[A-Z][A-Z_]{1,19}$", ErrorMessage = "A health network code is 2 to 20 capital letters or underscores, e.g. ALTAMED.")]
    string? HealthNetwork = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Contracts.Identifiers.Cin.TryParse(Cin, out _))
        {
            yield return new("A CIN is eight digits followed by a letter.", [nameof(Cin)]);
        }

        if (!Npi.TryParse(BillingNpi, out _))
        {
            yield return new("An NPI is ten digits ending in a valid check digit.", [nameof(BillingNpi)]);
        }

        var today = DateOnly.FromDateTime(((TimeProvider?)validationContext.GetService(typeof(TimeProvider)) ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        foreach (var (field, date) in new[] { (nameof(ServiceFrom), ServiceFrom), (nameof(ServiceTo), ServiceTo) })
        {
            // UTC's today runs ahead of the plan's (Pacific) by up to a day: a claim keyed in the evening still passes.
            if (date is { } given && DateBounds.CareGiven(given, today) is { } message)
            {
                yield return new(message, [field]);
            }
        }

        if (ServiceTo < ServiceFrom)
        {
            yield return new("The last date of service cannot be before the first.", [nameof(ServiceTo)]);
        }

        if (decimal.Round(BilledAmount, 2) != BilledAmount)
        {
            yield return new("Amounts have at most two decimal places.", [nameof(BilledAmount)]);
        }
    }
}

public static class RecordClaim
{
    public static RouteHandlerBuilder MapRecordClaim(this RouteGroupBuilder claims) => claims
        .MapPost("/", async Task<Results<Created<ClaimResponse>, ProblemHttpResult>> (
            RecordClaimRequest request, ClaimsDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
        {
            Cin.TryParse(request.Cin, out var cin);
            if (await db.Claims.AnyAsync(c => c.ClaimNumber == request.ClaimNumber, cancellationToken))
            {
                return Problems.Conflict($"Claim {request.ClaimNumber} is already recorded.");
            }

            var claim = new Claim
            {
                ClaimNumber = request.ClaimNumber,
                Cin = cin.Value,
                BillingNpi = request.BillingNpi,
                HealthNetwork = request.HealthNetwork,
                ServiceFrom = request.ServiceFrom!.Value,
                ServiceTo = request.ServiceTo!.Value,
                BilledAmount = request.BilledAmount,
                ReceivedAt = time.GetUtcNow(),
            };
            db.Claims.Add(claim);
            db.AddAudit(audit, AuditActions.Create, nameof(Claim), claim.ClaimNumber, [claim.Cin], [claim.ClaimNumber]);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Created($"/api/v1/claims/{Uri.EscapeDataString(claim.ClaimNumber)}", ClaimResponse.From(claim));
        })
        .WithName("RecordClaim")
        .WithSummary("Records a received claim (plan intake).");
}
