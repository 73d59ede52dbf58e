using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Roster;

namespace Platform.Roster.Rosters;

/// <summary>
/// RST-02/03: a member on a provider's roster of one type, from the relationship's start date. Removing the member ends
/// the entry rather than deleting it (its history stays); adding them again later makes a new entry.
/// </summary>
public sealed class RosterEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string ProviderNpi { get; init; }

    public required string MemberCin { get; init; }

    public string RosterType { get; init; } = RosterTypes.BehavioralHealth;

    public DateOnly StartDate { get; init; }

    /// <summary>Who added the member (token sub), and when.</summary>
    public string AddedBy { get; init; } = "";

    public DateTimeOffset AddedAt { get; init; }

    /// <summary>The plan's day the member was removed; null while they are on the roster.</summary>
    public DateOnly? EndDate { get; private set; }

    public string? RemovedBy { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsActive => RemovedAt is null;

    public MemberAddedToRoster Added() => new(Id, ProviderNpi, MemberCin, RosterType, StartDate, AddedBy, AddedAt);

    public MemberRemovedFromRoster Remove(string removedBy, DateTimeOffset at, DateOnly on)
    {
        (EndDate, RemovedBy, RemovedAt) = (on, removedBy, at);
        return new(Id, ProviderNpi, MemberCin, RosterType, on, removedBy, at);
    }
}

public sealed class RosterEntryConfiguration : IEntityTypeConfiguration<RosterEntry>
{
    public void Configure(EntityTypeBuilder<RosterEntry> entry)
    {
        entry.ToTable("roster_entries");
        entry.HasKey(e => e.Id);
        // A member is on a provider's roster of a type once at a time; ended entries are history. The index also serves
        // the roster's list, in its keyset order (CIN, then type).
        entry.HasIndex(e => new { e.ProviderNpi, e.MemberCin, e.RosterType }).IsUnique().HasFilter("\"RemovedAt\" IS NULL");
        entry.HasIndex(e => e.MemberCin);
        entry.Property(e => e.ProviderNpi).HasMaxLength(10);
        entry.Property(e => e.MemberCin).HasMaxLength(9);
        entry.Property(e => e.RosterType).HasMaxLength(10);
        entry.Property(e => e.AddedBy).HasMaxLength(100);
        entry.Property(e => e.RemovedBy).HasMaxLength(100);
        entry.Ignore(e => e.IsActive);
    }
}
