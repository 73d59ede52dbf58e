using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Dispute.Correspondence;

/// <summary>DSP-06/08: what the plan writes to the provider about a dispute; by name in answers, as requests give it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CorrespondenceKind>))]
public enum CorrespondenceKind
{
    /// <summary>DSP-06: the dispute was received and acknowledged; when it will be decided.</summary>
    Acknowledgment,

    /// <summary>A reviewer's letter or message: a decision letter, an explanation.</summary>
    Letter,

    /// <summary>A reviewer asks the provider for more information (records, an itemized bill) while the dispute is open.</summary>
    InformationRequest,
}

/// <summary>One letter of a dispute, shown on its Correspondence tab and emailed to the submitter's contact and the office's LOA.</summary>
public sealed class DisputeCorrespondence
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DisputeId { get; init; }

    public CorrespondenceKind Kind { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    /// <summary>Where the email went: the dispute's contact, then the office's LOA when identity has named one.</summary>
    public required List<string> Recipients { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The reviewer's name, or the service for an acknowledgment on receipt.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When the relay accepted the email (DSP-06's "record when it was sent"); null until then.</summary>
    public DateTimeOffset? EmailedAt { get; set; }
}

public sealed class DisputeCorrespondenceConfiguration : IEntityTypeConfiguration<DisputeCorrespondence>
{
    public const int MaxSubject = 200;
    public const int MaxBody = 10_000;

    public void Configure(EntityTypeBuilder<DisputeCorrespondence> letter)
    {
        letter.ToTable("dispute_correspondence");
        letter.HasKey(c => c.Id);
        letter.HasOne<Disputes.Dispute>().WithMany().HasForeignKey(c => c.DisputeId);
        letter.HasIndex(c => new { c.DisputeId, c.CreatedAt });
        // DSP-06: one acknowledgment per dispute, however often DisputeAcknowledged is delivered.
        letter.HasIndex(c => c.DisputeId).IsUnique().HasFilter($"\"Kind\" = '{CorrespondenceKind.Acknowledgment}'")
            .HasDatabaseName("ix_dispute_correspondence_one_acknowledgment");
        letter.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        letter.Property(c => c.Subject).HasMaxLength(MaxSubject);
        letter.Property(c => c.Body).HasMaxLength(MaxBody);
        letter.Property(c => c.CreatedBy).HasMaxLength(200);
    }
}
