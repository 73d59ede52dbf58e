using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Platform.Dispute.Correspondence;

/// <summary>A reviewer's letter (DSP-08): a Letter, or an InformationRequest while the dispute is open.</summary>
public sealed record WriteCorrespondenceRequest([property: Required] string Kind, [property: Required] string Subject, [property: Required] string Body)
    : IValidatableObject
{
    [JsonIgnore]
    public CorrespondenceKind CorrespondenceKind => Enum.Parse<CorrespondenceKind>(Kind, ignoreCase: true);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The acknowledgment is the service's own (DSP-06), written once on receipt.
        if (!Enum.TryParse<CorrespondenceKind>(Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || char.IsAsciiDigit(Kind[0])
            || kind == CorrespondenceKind.Acknowledgment)
        {
            yield return new($"The kind is {nameof(CorrespondenceKind.Letter)} or {nameof(CorrespondenceKind.InformationRequest)}.", [nameof(Kind)]);
        }

        if (string.IsNullOrWhiteSpace(Subject) || Subject.Length > DisputeCorrespondenceConfiguration.MaxSubject)
        {
            yield return new($"The subject is 1 to {DisputeCorrespondenceConfiguration.MaxSubject} characters.", [nameof(Subject)]);
        }

        if (string.IsNullOrWhiteSpace(Body) || Body.Length > DisputeCorrespondenceConfiguration.MaxBody)
        {
            yield return new($"The letter is 1 to {DisputeCorrespondenceConfiguration.MaxBody} characters.", [nameof(Body)]);
        }
    }
}

/// <summary>A letter on the dispute's Correspondence tab, and whether (and when) it was emailed.</summary>
public sealed record CorrespondenceResponse(
    Guid Id, CorrespondenceKind Kind, string Subject, string Body, IReadOnlyList<string> Recipients, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? EmailedAt)
{
    public static CorrespondenceResponse From(DisputeCorrespondence letter) =>
        new(letter.Id, letter.Kind, letter.Subject, letter.Body, letter.Recipients, letter.CreatedAt, letter.CreatedBy, letter.EmailedAt);
}
