using System.ComponentModel.DataAnnotations;
using Platform.Claims.Codes;
using Platform.Contracts.Dates;
using Platform.Contracts.Eligibility;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;

namespace Platform.Claims.Intake;

/// <summary>One service line as billed (the 837's SV1/SV2): dates, code, up to four modifiers, units and the charge.</summary>
public sealed record ClaimLineRequest(
    DateOnly? ServiceFrom,
    DateOnly? ServiceTo,
    string? ProcedureCode,
    IReadOnlyList<string>? Modifiers,
    int? Units,
    decimal? BilledAmount,
    string? PlaceOfService = null);

/// <summary>
/// A claim from the plan's claims system or clearinghouse. <see cref="ReceivedOn"/> is the day the plan received it
/// (today when left out); no line may be for a day after it.
/// </summary>
public sealed record RecordClaimRequest(
    [property: Required, RegularExpression(Contracts.Identifiers.ClaimNumber.Pattern, ErrorMessage = Contracts.Identifiers.ClaimNumber.Message)] string ClaimNumber,
    [property: Required] string Cin,
    [property: Required] string BillingNpi,
    [property: Required] string BillingTin,
    [property: Required] string LineOfBusiness,
    [property: Required] IReadOnlyList<string> DiagnosisCodes,
    [property: Required] IReadOnlyList<ClaimLineRequest> Lines,
    string? RenderingNpi = null,
    [property: RegularExpression("^[A-Z][A-Z_]{1,19}$", ErrorMessage = "A health network code is 2 to 20 capital letters or underscores, e.g. ALTAMED.")]
    string? HealthNetwork = null,
    DateOnly? ReceivedOn = null) : IValidatableObject
{
    public const int MaxDiagnoses = 12;
    public const int MaxLines = 50;
    public const int MaxModifiers = 4;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var today = validationContext.PlanToday();
        return Header(today).Concat(Diagnoses()).Concat(LineProblems(ReceivedOn ?? today, today));
    }

    private IEnumerable<ValidationResult> Header(DateOnly today)
    {
        if (!Contracts.Identifiers.Cin.TryParse(Cin, out _))
        {
            yield return new("A CIN is eight digits followed by a letter.", [nameof(Cin)]);
        }

        if (!Npi.TryParse(BillingNpi, out _))
        {
            yield return new(Npi.Message, [nameof(BillingNpi)]);
        }

        if (RenderingNpi is not null && !Npi.TryParse(RenderingNpi, out _))
        {
            yield return new(Npi.Message, [nameof(RenderingNpi)]);
        }

        if (!Tin.TryParse(BillingTin, out _))
        {
            yield return new(Tin.Message, [nameof(BillingTin)]);
        }

        if (LineOfBusiness is not null && !LinesOfBusiness.All.Contains(LineOfBusiness))
        {
            yield return new(LinesOfBusiness.Message, [nameof(LineOfBusiness)]);
        }

        if (ReceivedOn is { } received && DateBounds.CareGiven(received, today) is not null)
        {
            yield return new($"The day received is between {DateBounds.FirstRecord:yyyy-MM-dd} and today.", [nameof(ReceivedOn)]);
        }
    }

    private IEnumerable<ValidationResult> Diagnoses()
    {
        if (DiagnosisCodes is null)
        {
            yield break;
        }

        if (DiagnosisCodes.Count is 0 or > MaxDiagnoses)
        {
            yield return new($"A claim carries 1 to {MaxDiagnoses} diagnosis codes.", [nameof(DiagnosisCodes)]);
        }

        foreach (var (code, index) in DiagnosisCodes.Select((code, index) => (code, index)))
        {
            if (ClaimCodes.Diagnosis(code) is null)
            {
                yield return new(ClaimCodes.DiagnosisMessage, [$"diagnosisCodes[{index}]"]);
            }
        }
    }

    private IEnumerable<ValidationResult> LineProblems(DateOnly receivedOn, DateOnly today)
    {
        if (Lines is null)
        {
            yield break;
        }

        if (Lines.Count is 0 or > MaxLines)
        {
            yield return new($"A claim carries 1 to {MaxLines} service lines.", [nameof(Lines)]);
        }

        foreach (var (line, index) in Lines.Select((line, index) => (line, index)))
        {
            foreach (var (field, message) in LineProblems(line, receivedOn, today))
            {
                yield return new(message, [$"lines[{index}].{field}"]);
            }
        }
    }

    private static IEnumerable<(string Field, string Message)> LineProblems(ClaimLineRequest? line, DateOnly receivedOn, DateOnly today)
    {
        if (line is null)
        {
            yield return ("serviceFrom", "A service line is required here.");
            yield break;
        }

        foreach (var (field, date) in new[] { ("serviceFrom", line.ServiceFrom), ("serviceTo", line.ServiceTo) })
        {
            if (date is not { } given)
            {
                yield return (field, "Required.");
            }
            else if (DateBounds.CareGiven(given, today) is { } message)
            {
                yield return (field, message);
            }
            else if (given > receivedOn)
            {
                yield return (field, "A date of service cannot be after the day the claim was received.");
            }
        }

        if (line.ServiceTo < line.ServiceFrom)
        {
            yield return ("serviceTo", "The last date of service cannot be before the first.");
        }

        if (!ClaimCodes.IsProcedure(line.ProcedureCode))
        {
            yield return ("procedureCode", ClaimCodes.ProcedureMessage);
        }

        if (line.Modifiers is { Count: > MaxModifiers } || line.Modifiers?.Any(m => !ClaimCodes.IsModifier(m)) == true)
        {
            yield return ("modifiers", ClaimCodes.ModifierMessage);
        }

        if (line.Units is not (>= 1 and <= 9999))
        {
            yield return ("units", "Units are a whole number from 1 to 9999.");
        }

        if (Money.Problem(line.BilledAmount, minimum: 0.01m) is { } amount)
        {
            yield return ("billedAmount", amount);
        }

        if (line.PlaceOfService is not null && !ClaimCodes.IsPlaceOfService(line.PlaceOfService))
        {
            yield return ("placeOfService", ClaimCodes.PlaceOfServiceMessage);
        }
    }
}
