using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Eligibility.Enrollment;

/// <summary>ELG-08: what applying one batch did, answered to the sender and to anyone who sends the same batch again.</summary>
public sealed record EnrollmentReport(
    string BatchId,
    DateTimeOffset AppliedAt,
    int Records,
    int Applied,
    int Rejected,
    int MembersChanged,
    IReadOnlyList<EnrollmentProblem> Problems);

/// <summary>
/// A batch already applied. Its id makes the feed idempotent: the same batch again answers the stored report and
/// changes nothing; its content hash tells a resend from a different batch reusing the id.
/// </summary>
public sealed class EnrollmentBatch
{
    public required string BatchId { get; init; }

    public required string ContentHash { get; init; }

    public required string AppliedBy { get; init; }

    public required EnrollmentReport Report { get; init; }
}

public sealed class EnrollmentBatchConfiguration : IEntityTypeConfiguration<EnrollmentBatch>
{
    public void Configure(EntityTypeBuilder<EnrollmentBatch> batch)
    {
        batch.ToTable("enrollment_batches");
        batch.HasKey(b => b.BatchId);
        batch.Property(b => b.BatchId).HasMaxLength(64);
        batch.Property(b => b.ContentHash).HasMaxLength(64);
        batch.Property(b => b.AppliedBy).HasMaxLength(200);
        // Read back whole and never queried inside, so a JSON document is all it needs to be.
        batch.Property(b => b.Report).HasColumnType("jsonb").HasConversion(
            report => JsonSerializer.Serialize(report, JsonSerializerOptions.Web),
            json => JsonSerializer.Deserialize<EnrollmentReport>(json, JsonSerializerOptions.Web)!);
    }
}
