using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Platform.Dispute.Disputes;

/// <summary>
/// A reviewer's decision (DSP-10): the outcome, the written rationale the provider receives and, for an overturn, what
/// the claim pays now (checked against the dispute's amounts by the endpoint).
/// </summary>
public sealed record ResolveDisputeRequest([property: Required] string Outcome, [property: Required] string Rationale, decimal? PayableAmount = null)
    : IValidatableObject
{
    public const int MaxRationale = 4000;

    [JsonIgnore]
    public DisputeOutcome DisputeOutcome => Enum.Parse<DisputeOutcome>(Outcome, ignoreCase: true);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.TryParse<DisputeOutcome>(Outcome, ignoreCase: true, out var outcome) || !Enum.IsDefined(outcome) || char.IsAsciiDigit(Outcome[0]))
        {
            yield return new($"The outcome is one of {string.Join(", ", Enum.GetNames<DisputeOutcome>())}.", [nameof(Outcome)]);
        }
        else if (outcome == Disputes.DisputeOutcome.Upheld && PayableAmount is not null)
        {
            yield return new("An upheld determination pays what it paid: leave the payable amount out.", [nameof(PayableAmount)]);
        }
        else if (outcome != Disputes.DisputeOutcome.Upheld && PayableAmount is null)
        {
            yield return new("An overturn states what the claim pays now.", [nameof(PayableAmount)]);
        }

        if (string.IsNullOrWhiteSpace(Rationale) || Rationale.Length > MaxRationale)
        {
            yield return new($"The decision's rationale is written for the provider: 1 to {MaxRationale} characters.", [nameof(Rationale)]);
        }

        if (PayableAmount is { } amount && decimal.Round(amount, 2) != amount)
        {
            yield return new("An amount has at most two decimal places.", [nameof(PayableAmount)]);
        }
    }
}

/// <summary>The submitter's withdrawal, with the reason if they give one.</summary>
public sealed record WithdrawDisputeRequest([property: MaxLength(ResolveDisputeRequest.MaxRationale)] string? Reason = null);
