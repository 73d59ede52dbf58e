using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Referral.PriorAuthorization;

/// <summary>
/// REF-02: one quarter's Prior Authorization Required Code List. A service on it needs an authorization; one not on it
/// needs none and is not to be submitted. The list in force on a date of service is the latest one whose quarter began
/// on or before it (a quarter not yet published keeps the previous list).
/// </summary>
public sealed class PaCodeList
{
    /// <summary>The quarter, as 2026-Q4.</summary>
    public required string Quarter { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public DateTimeOffset LoadedAt { get; set; }

    /// <summary>Who loaded it: the service's own seed, or the plan staff member who replaced it.</summary>
    public required string LoadedBy { get; set; }

    public List<PaCode> Codes { get; init; } = [];
}

/// <summary>A CPT or HCPCS code on a quarter's list.</summary>
public sealed class PaCode
{
    /// <summary>REF-10's category: its codes bypass the modifier rules that would auto-void a request.</summary>
    public const string BehavioralHealthAba = "BH ABA";

    public required string Quarter { get; init; }

    public required string Code { get; init; }

    public required string Description { get; init; }

    public required string Category { get; init; }

    public bool BypassesModifierRules => Category == BehavioralHealthAba;
}

public sealed class PaCodeListConfiguration : IEntityTypeConfiguration<PaCodeList>
{
    public void Configure(EntityTypeBuilder<PaCodeList> list)
    {
        list.ToTable("pa_code_lists");
        list.HasKey(l => l.Quarter);
        list.Property(l => l.Quarter).HasMaxLength(7);
        list.HasIndex(l => l.EffectiveFrom).IsUnique();
        list.Property(l => l.LoadedBy).HasMaxLength(200);
        list.HasMany(l => l.Codes).WithOne().HasForeignKey(c => c.Quarter).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PaCodeConfiguration : IEntityTypeConfiguration<PaCode>
{
    public void Configure(EntityTypeBuilder<PaCode> code)
    {
        code.ToTable("pa_codes");
        code.HasKey(c => new { c.Quarter, c.Code });
        code.Property(c => c.Quarter).HasMaxLength(7);
        code.Property(c => c.Code).HasMaxLength(5);
        code.Property(c => c.Description).HasMaxLength(PaCodeListCsv.MaxDescription);
        code.Property(c => c.Category).HasMaxLength(PaCodeListCsv.MaxCategory);
    }
}
