using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Referral.Referrals;

namespace Platform.Referral.Drafts;

/// <summary>
/// A referral being written: where its referred-to provider choice stands (REF-06…09's <see cref="RedirectChoice"/>),
/// kept by the server so the portal's wizard and a partner's system take the same steps. Only its author sees it; a
/// submission consumes it.
/// </summary>
public sealed class ReferralDraft
{
    public Guid Id { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public RedirectStep Step { get; set; }

    public string? ServicingNpi { get; set; }

    public bool Tertiary { get; set; }

    public bool? AllowRedirect { get; set; }

    public string? Justification { get; set; }

    /// <summary>PostgreSQL's xmin: two tabs stepping one draft at once cannot both win.</summary>
    public uint Version { get; private set; }

    public RedirectChoice Choice => new(Step, ServicingNpi, Tertiary, AllowRedirect, Justification);

    public void Take(RedirectChoice next, DateTimeOffset at)
    {
        (Step, ServicingNpi, Tertiary, AllowRedirect, Justification) = (next.Step, next.ProviderNpi, next.Tertiary, next.AllowRedirect, next.Justification);
        UpdatedAt = at;
    }
}

public sealed class ReferralDraftConfiguration : IEntityTypeConfiguration<ReferralDraft>
{
    public void Configure(EntityTypeBuilder<ReferralDraft> draft)
    {
        draft.ToTable("referral_drafts");
        draft.HasKey(d => d.Id);
        draft.HasIndex(d => d.CreatedBy);
        draft.Property(d => d.CreatedBy).HasMaxLength(100);
        draft.Property(d => d.Step).HasConversion<string>().HasMaxLength(20);
        draft.Property(d => d.ServicingNpi).HasMaxLength(10);
        draft.Property(d => d.Justification).HasMaxLength(RedirectChoice.MaxJustification);
        draft.Property(d => d.Version).IsRowVersion();
    }
}
