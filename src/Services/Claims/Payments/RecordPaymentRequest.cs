using System.ComponentModel.DataAnnotations;
using Platform.Contracts.Dates;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;

namespace Platform.Claims.Payments;

/// <summary>A check or EFT the plan's payment system issued, with the claim numbers it pays (or reports denied).</summary>
public sealed record RecordPaymentRequest(
    [property: Required] PaymentMethod? Method,
    [property: Required, RegularExpression("^[A-Za-z0-9-]{1,30}$", ErrorMessage = "A check or EFT trace number is 1 to 30 letters, digits or hyphens.")] string Number,
    [property: Required] DateOnly? PaidOn,
    [property: Required] string PayeeNpi,
    [property: Required] string PayeeTin,
    [property: Required] IReadOnlyList<string> ClaimNumbers) : IValidatableObject
{
    public const int MaxClaims = 500;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PaidOn is { } paid && DateBounds.CareGiven(paid, validationContext.PlanToday()) is not null)
        {
            yield return new($"A payment date is between {DateBounds.FirstRecord:yyyy-MM-dd} and today.", [nameof(PaidOn)]);
        }

        if (!Npi.TryParse(PayeeNpi, out _))
        {
            yield return new(Npi.Message, [nameof(PayeeNpi)]);
        }

        if (!Tin.TryParse(PayeeTin, out _))
        {
            yield return new(Tin.Message, [nameof(PayeeTin)]);
        }

        if (ClaimNumbers is { Count: 0 or > MaxClaims })
        {
            yield return new($"A payment covers 1 to {MaxClaims} claims.", [nameof(ClaimNumbers)]);
        }

        foreach (var (number, index) in (ClaimNumbers ?? []).Select((number, index) => (number, index)))
        {
            if (!ClaimNumber.IsValid(number))
            {
                yield return new(ClaimNumber.Message, [$"claimNumbers[{index}]"]);
            }
            else if (ClaimNumbers!.Take(index).Contains(number))
            {
                yield return new("This claim is already listed on the payment.", [$"claimNumbers[{index}]"]);
            }
        }
    }
}
