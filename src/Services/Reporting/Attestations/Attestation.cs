using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Attestations;
using Platform.Reporting.TrainingMaterials;

namespace Platform.Reporting.Attestations;

/// <summary>
/// RPT-05: one provider's training attestation of one kind and period (its due date), from the first time someone of
/// the office opens it until it is submitted: which materials were opened (the server's record, not the browser's),
/// then who attested, when, and for which attendees.
/// </summary>
public sealed class Attestation
{
    public const int MaxAttendees = 50;
    public const int MaxAttendeeName = 100;

    public Guid Id { get; init; }

    public required string Npi { get; init; }

    public required string Tin { get; init; }

    public AttestationKind Kind { get; init; }

    public DateOnly DueDate { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public required string StartedBy { get; init; }

    public List<MaterialOpening> Openings { get; init; } = [];

    public List<string> Attendees { get; private set; } = [];

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The user id (token subject) of who ticked the attestation box.</summary>
    public string? SubmittedBy { get; private set; }

    /// <summary>PostgreSQL's xmin: two people submitting one attestation at once cannot both win.</summary>
    public uint Version { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public AttestationSubmitted Submit(IReadOnlyList<string> attendees, string submittedBy, DateTimeOffset at)
    {
        (Attendees, SubmittedBy, SubmittedAt) = ([.. attendees], submittedBy, at);
        return new AttestationSubmitted(Id, Npi, Tin, Kind.ToString(), DueDate, Attendees, submittedBy, at);
    }
}

/// <summary>RPT-05: a training material opened for an attestation, the first time (later opens change nothing).</summary>
public sealed class MaterialOpening
{
    public Guid AttestationId { get; init; }

    public required string MaterialCode { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public required string OpenedBy { get; init; }
}

public sealed class AttestationConfiguration : IEntityTypeConfiguration<Attestation>
{
    public void Configure(EntityTypeBuilder<Attestation> attestation)
    {
        attestation.ToTable("attestations");
        attestation.HasKey(a => a.Id);
        // One attestation per provider, kind and period: starting it again finds the same one.
        attestation.HasIndex(a => new { a.Npi, a.Kind, a.DueDate }).IsUnique();
        attestation.Property(a => a.Npi).HasMaxLength(10);
        attestation.Property(a => a.Tin).HasMaxLength(9);
        attestation.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        attestation.Property(a => a.StartedBy).HasMaxLength(100);
        attestation.Property(a => a.SubmittedBy).HasMaxLength(100);
        attestation.Property(a => a.Version).IsRowVersion();
        attestation.HasMany(a => a.Openings).WithOne().HasForeignKey(o => o.AttestationId);
    }
}

public sealed class MaterialOpeningConfiguration : IEntityTypeConfiguration<MaterialOpening>
{
    public void Configure(EntityTypeBuilder<MaterialOpening> opening)
    {
        opening.ToTable("attestation_material_openings");
        opening.HasKey(o => new { o.AttestationId, o.MaterialCode });
        opening.Property(o => o.MaterialCode).HasMaxLength(30);
        opening.Property(o => o.OpenedBy).HasMaxLength(100);
        // An opening is evidence of the attestation: a material with openings is not deleted with them.
        opening.HasOne<TrainingMaterial>().WithMany().HasForeignKey(o => o.MaterialCode).OnDelete(DeleteBehavior.Restrict);
    }
}
