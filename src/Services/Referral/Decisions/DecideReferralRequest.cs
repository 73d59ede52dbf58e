using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Platform.Referral.Decisions;

/// <summary>What a reviewer decides (REF-13): approve as asked, modify (fewer units, a shorter period), or deny.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewerDecision>))]
public enum ReviewerDecision
{
    Approve,
    Modify,
    Deny,
}

/// <summary>Units approved for one line of a modified request.</summary>
public sealed record ApprovedUnits(int LineNumber, int Quantity);

/// <summary>
/// A reviewer's decision: a denial and a modification carry their specific reason (CMS-0057-F), a modification the units
/// approved per line and/or an earlier end of the service period.
/// </summary>
public sealed record DecideReferralRequest(
    [property: Required] ReviewerDecision? Decision,
    string? Reason = null,
    List<ApprovedUnits>? Lines = null,
    DateOnly? ServiceTo = null) : IValidatableObject
{
    public const int MaxReason = 2000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Reason is { Length: > MaxReason })
        {
            yield return new($"The reason is at most {MaxReason} characters.", [nameof(Reason)]);
        }

        if (Decision is ReviewerDecision.Deny or ReviewerDecision.Modify && string.IsNullOrWhiteSpace(Reason))
        {
            yield return new("A denial or a modification states its specific reason, which the submitter receives (CMS-0057-F).", [nameof(Reason)]);
        }

        if (Decision == ReviewerDecision.Modify && Lines is not { Count: > 0 } && ServiceTo is null)
        {
            yield return new("A modification approves fewer units on some line, or a shorter service period.", [nameof(Lines)]);
        }

        if (Decision != ReviewerDecision.Modify && (Lines is not null || ServiceTo is not null))
        {
            yield return new("Units and a service period are given only with a modification.", [nameof(Lines)]);
        }
    }
}

/// <summary>A reviewer's request for more information, or the submitter's answer.</summary>
public sealed record ReferralInformation([property: Required, MaxLength(DecideReferralRequest.MaxReason)] string Text);

/// <summary>The submitter cancels a pended request (REF-13), saying why if they wish.</summary>
public sealed record CancelReferralRequest([property: MaxLength(DecideReferralRequest.MaxReason)] string? Reason = null);
