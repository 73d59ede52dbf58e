using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Roster.Rosters;

/// <summary>RST-03: a member on a provider's roster of one type, from the relationship's start date.</summary>
public sealed class RosterEntry
{
    /// <summary>RST-02: the behavioral-health roster, the only roster type so far.</summary>
    public const string BehavioralHealth = "BH";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string ProviderNpi { get; init; }

    public required string MemberCin { get; init; }

    public required string MemberName { get; set; }

    public string RosterType { get; init; } = BehavioralHealth;

    public DateOnly StartDate { get; init; }
}

public sealed class RosterEntryConfiguration : IEntityTypeConfiguration<RosterEntry>
{
    public void Configure(EntityTypeBuilder<RosterEntry> entry)
    {
        entry.ToTable("roster_entries");
        entry.HasKey(e => e.Id);
        // A member is on a provider's roster of a type once; the index also serves the list by provider and CIN.
        entry.HasIndex(e => new { e.ProviderNpi, e.MemberCin, e.RosterType }).IsUnique();
        entry.Property(e => e.ProviderNpi).HasMaxLength(10);
        entry.Property(e => e.MemberCin).HasMaxLength(9);
        entry.Property(e => e.MemberName).HasMaxLength(200);
        entry.Property(e => e.RosterType).HasMaxLength(10);
    }
}
