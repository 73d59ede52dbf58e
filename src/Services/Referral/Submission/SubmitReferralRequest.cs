using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Platform.Contracts.Identifiers;
using Platform.Referral.PriorAuthorization;
using Platform.Referral.Referrals;
using Platform.ServiceDefaults;

namespace Platform.Referral.Submission;

/// <summary>A requested service (REF-01): CPT/HCPCS code, up to four modifiers, units and the place of service (CMS's two-digit code).</summary>
public sealed record ReferralLineRequest(string? ProcedureCode, List<string>? Modifiers = null, int Quantity = 1, string? PlaceOfService = "11");

/// <summary>
/// REF-01: what the submitter writes; the referred-to provider and the redirect indicator are the draft's (REF-06…09).
/// The member's coverage, network and PCP come from the plan's copy, never from the caller.
/// </summary>
public sealed partial record SubmitReferralRequest(
    [property: Required] Guid? DraftId,
    [property: Required] string Cin,
    [property: Required] string RequestingNpi,
    [property: Required] DateOnly? ServiceFrom,
    [property: Required] List<string> DiagnosisCodes,
    [property: Required] List<ReferralLineRequest> Lines,
    DateOnly? ServiceTo = null,
    string Urgency = nameof(ReferralUrgency.Routine),
    string? UrgentCriterion = null,
    string? Notes = null) : IValidatableObject
{
    public const int MaxNotes = 2000;
    public const int MaxLines = 20;
    public const int MaxDiagnoses = 12;
    public const int MaxModifiers = 4;
    public const int MaxQuantity = 9999;

    /// <summary>A request may start up to this many days back (care already begun, as an urgent request can be) and a year ahead.</summary>
    public const int MaxDaysBack = 30;

    /// <summary>Assumption: an authorization is valid for 90 days unless the request says otherwise, and at most a year.</summary>
    public const int DefaultValidDays = 90;

    public const string DiagnosisMessage = "A diagnosis is an ICD-10-CM code: a letter, two characters, then up to four more after a dot, as J45.40 or E11.9.";

    [JsonIgnore]
    public ReferralUrgency ParsedUrgency => Enum.Parse<ReferralUrgency>(Urgency, ignoreCase: true);

    [JsonIgnore]
    public UrgentCriterion? ParsedCriterion => UrgentCriterion is null ? null : Enum.Parse<UrgentCriterion>(UrgentCriterion, ignoreCase: true);

    [JsonIgnore]
    public DateOnly PeriodEnd => ServiceTo ?? ServiceFrom!.Value.AddDays(DefaultValidDays - 1);

    /// <summary>ICD-10-CM written with or without its dot, as 2 to 7 characters; stored upper case with the dot.</summary>
    public static string? Diagnosis(string? code)
    {
        var compact = code?.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        return compact is not null && Icd10().IsMatch(compact) ? compact.Length > 3 ? $"{compact[..3]}.{compact[3..]}" : compact : null;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Cin is not null && !Contracts.Identifiers.Cin.TryParse(Cin, out _))
        {
            yield return new("A CIN is eight digits followed by a letter.", [nameof(Cin)]);
        }

        if (RequestingNpi is not null && !Npi.TryParse(RequestingNpi, out _))
        {
            yield return new(Npi.Message, [nameof(RequestingNpi)]);
        }

        foreach (var problem in PeriodProblems(validationContext.PlanToday()).Concat(DiagnosisProblems()).Concat(LineProblems()))
        {
            yield return problem;
        }

        if (!Enum.TryParse<ReferralUrgency>(Urgency, ignoreCase: true, out var urgency) || !Enum.IsDefined(urgency) || char.IsAsciiDigit(Urgency[0]))
        {
            yield return new("Urgency is Routine or Urgent.", [nameof(Urgency)]);
        }

        if (UrgentCriterion is not null && (!Enum.TryParse<UrgentCriterion>(UrgentCriterion, ignoreCase: true, out var criterion) || !Enum.IsDefined(criterion)
                || char.IsAsciiDigit(UrgentCriterion[0])))
        {
            yield return new($"The urgent criterion is one of {string.Join(", ", Enum.GetNames<UrgentCriterion>())} (REF-05).", [nameof(UrgentCriterion)]);
        }

        if (Notes is { Length: > MaxNotes })
        {
            yield return new($"Notes are at most {MaxNotes} characters.", [nameof(Notes)]);
        }
    }

    private IEnumerable<ValidationResult> PeriodProblems(DateOnly today)
    {
        if (ServiceFrom is { } from && (from < today.AddDays(-MaxDaysBack) || from > today.AddYears(1)))
        {
            yield return new($"The service starts between {MaxDaysBack} days ago and a year from today.", [nameof(ServiceFrom)]);
        }

        if (ServiceFrom is { } start && ServiceTo is { } end && (end < start || end > start.AddYears(1)))
        {
            yield return new("The service period ends on or after its first day, and within a year of it.", [nameof(ServiceTo)]);
        }
    }

    private IEnumerable<ValidationResult> DiagnosisProblems()
    {
        if (DiagnosisCodes is null)
        {
            yield break;
        }

        if (DiagnosisCodes.Count is 0 or > MaxDiagnoses)
        {
            yield return new($"Give 1 to {MaxDiagnoses} diagnosis codes, the primary first.", [nameof(DiagnosisCodes)]);
        }

        for (var i = 0; i < DiagnosisCodes.Count && i < MaxDiagnoses; i++)
        {
            if (Diagnosis(DiagnosisCodes[i]) is null)
            {
                yield return new(DiagnosisMessage, [$"diagnosisCodes[{i}]"]);
            }
        }
    }

    private IEnumerable<ValidationResult> LineProblems()
    {
        if (Lines is null)
        {
            yield break;
        }

        if (Lines.Count is 0 or > MaxLines)
        {
            yield return new($"Request 1 to {MaxLines} service lines.", [nameof(Lines)]);
        }

        for (var i = 0; i < Lines.Count && i < MaxLines; i++)
        {
            var line = Lines[i];
            var field = $"lines[{i}]";
            if (line is null)
            {
                yield return new("A service line is an object with a procedure code.", [field]);
                continue;
            }

            if (!ServiceCode.IsValid(line.ProcedureCode?.Trim().ToUpperInvariant()))
            {
                yield return new(ServiceCode.Message, [$"{field}.procedureCode"]);
            }

            if (line.Modifiers is { } modifiers && (modifiers.Count > MaxModifiers || modifiers.Any(m => m is null || !Modifier().IsMatch(m.Trim().ToUpperInvariant()))))
            {
                yield return new($"Up to {MaxModifiers} modifiers, each two letters or digits, as 59 or RT.", [$"{field}.modifiers"]);
            }

            if (line.Quantity is < 1 or > MaxQuantity)
            {
                yield return new($"The quantity is 1 to {MaxQuantity} units.", [$"{field}.quantity"]);
            }

            if (line.PlaceOfService is not { Length: 2 } pos || !pos.All(char.IsAsciiDigit) || pos == "00")
            {
                yield return new("The place of service is CMS's two-digit code, as 11 (office) or 22 (outpatient hospital).", [$"{field}.placeOfService"]);
            }
        }
    }

    [GeneratedRegex("^[A-TV-Z][0-9][0-9A-Z]([0-9A-Z]{1,4})?$")]
    private static partial Regex Icd10();

    [GeneratedRegex("^[0-9A-Z]{2}$")]
    private static partial Regex Modifier();
}
