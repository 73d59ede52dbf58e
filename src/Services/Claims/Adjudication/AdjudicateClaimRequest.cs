using System.ComponentModel.DataAnnotations;
using Platform.Claims.Claims;
using Platform.Claims.Codes;

namespace Platform.Claims.Adjudication;

public sealed record AdjustmentRequest(string? Group, string? Reason, decimal? Amount);

/// <summary>One line's decision: what was allowed and is payable, and the adjustments (CAS) that explain billed − payable.</summary>
public sealed record LineDecisionRequest(
    int? LineNumber,
    decimal? AllowedAmount,
    decimal? PayableAmount,
    IReadOnlyList<AdjustmentRequest>? Adjustments = null,
    IReadOnlyList<string>? RemarkCodes = null);

/// <summary>
/// The claims system's determination. <see cref="Status"/> Finalized or Denied decides every line (Denied: none
/// payable, with the reason); Pended carries a reason and no lines.
/// </summary>
public sealed record AdjudicateClaimRequest(
    [property: Required] ClaimStatus? Status,
    IReadOnlyList<LineDecisionRequest>? Lines = null,
    [property: MaxLength(500)] string? Reason = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Status is ClaimStatus.Received)
        {
            yield return new("A claim is adjudicated to Finalized, Denied or Pended.", [nameof(Status)]);
        }

        if (Status is ClaimStatus.Pended or ClaimStatus.Denied && string.IsNullOrWhiteSpace(Reason))
        {
            yield return new($"A {Status} claim needs the reason, in words the billing office can act on.", [nameof(Reason)]);
        }

        if (Status is ClaimStatus.Pended && Lines is { Count: > 0 })
        {
            yield return new("A pended claim decides no lines.", [nameof(Lines)]);
        }

        if (Status is ClaimStatus.Finalized or ClaimStatus.Denied && Lines is not { Count: > 0 })
        {
            yield return new("A determination decides every line of the claim.", [nameof(Lines)]);
        }

        foreach (var (line, index) in (Lines ?? []).Select((line, index) => (line, index)))
        {
            foreach (var (field, message) in Problems(line, Status))
            {
                yield return new(message, [$"lines[{index}].{field}"]);
            }
        }
    }

    private static IEnumerable<(string Field, string Message)> Problems(LineDecisionRequest? line, ClaimStatus? status)
    {
        if (line?.LineNumber is not (>= 1 and <= 50))
        {
            yield return ("lineNumber", "The number of a line of the claim, from 1.");
            yield break;
        }

        var allowed = Money.Problem(line.AllowedAmount);
        var payable = Money.Problem(line.PayableAmount);
        if (allowed is not null)
        {
            yield return ("allowedAmount", allowed);
        }

        if (payable is not null)
        {
            yield return ("payableAmount", payable);
        }
        else if (line.PayableAmount > line.AllowedAmount)
        {
            yield return ("payableAmount", "The payable amount cannot exceed the allowed amount.");
        }
        else if (status is ClaimStatus.Denied && line.PayableAmount > 0)
        {
            yield return ("payableAmount", "A denied claim pays nothing on any line.");
        }

        foreach (var (adjustment, index) in (line.Adjustments ?? []).Select((adjustment, index) => (adjustment, index)))
        {
            if (adjustment?.Group is not { } group || !Adjustment.Groups.Contains(group))
            {
                yield return ($"adjustments[{index}].group", Adjustment.GroupMessage);
            }

            if (!Adjustment.IsReason(adjustment?.Reason))
            {
                yield return ($"adjustments[{index}].reason", Adjustment.ReasonMessage);
            }

            if (Money.Problem(adjustment?.Amount) is { } amount)
            {
                yield return ($"adjustments[{index}].amount", amount);
            }
        }

        if (line.RemarkCodes?.Any(code => !Adjustment.IsRemark(code)) == true)
        {
            yield return ("remarkCodes", Adjustment.RemarkMessage);
        }
    }
}
