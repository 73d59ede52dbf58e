using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Interop.Fhir.PriorAuthorization;

/// <summary>
/// One PAS request Bundle as the interop service submitted it: the referral draft it made for the Bundle (so a retried
/// $submit submits the same draft under the same Idempotency-Key, which the referral service then answers as a retry),
/// the Claim's identifier (what a later $inquire names) and the referral number once submitted. No PHI: identifiers only.
/// </summary>
public sealed class PasSubmission
{
    /// <summary>The caller's subject: keys and Claim identifiers are the submitter's own, as the referral service's are.</summary>
    public required string Submitter { get; init; }

    /// <summary>The Idempotency-Key derived from Bundle.identifier (<see cref="PasRequest.IdempotencyKey"/>).</summary>
    public required string IdempotencyKey { get; init; }

    public required Guid DraftId { get; init; }

    /// <summary>Claim.identifier as system|value.</summary>
    public string? ClaimIdentifier { get; set; }

    public string? ReferralNumber { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

public sealed class PasSubmissionConfiguration : IEntityTypeConfiguration<PasSubmission>
{
    public void Configure(EntityTypeBuilder<PasSubmission> submission)
    {
        submission.ToTable("pas_submissions");
        submission.HasKey(s => new { s.Submitter, s.IdempotencyKey });
        submission.Property(s => s.Submitter).HasMaxLength(200);
        submission.Property(s => s.IdempotencyKey).HasMaxLength(100);
        submission.Property(s => s.ClaimIdentifier).HasMaxLength(400);
        submission.Property(s => s.ReferralNumber).HasMaxLength(20);
        submission.HasIndex(s => new { s.Submitter, s.ClaimIdentifier });
    }
}
