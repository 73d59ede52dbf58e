using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Eligibility;
using Platform.Interop.Data;
using Platform.ServiceDefaults.Members;

namespace Platform.Interop.Export;

/// <summary>
/// A member as the bulk export reads them, kept from eligibility's MemberEligibilityChanged (ELG-08). The export is the
/// one place the interop service keeps PHI: a network's export covers every attributed member, and a call per member to
/// eligibility would be a hundred thousand calls for a large network. <see cref="ChangedAt"/> answers <c>_since</c>.
/// </summary>
public sealed class ExportMember : ScopedMemberCopy<ExportCoverage>
{
    public string? MedsId { get; set; }

    public string? Mbi { get; set; }

    /// <summary>When this copy last changed here: the export's <c>_since</c> compares with it.</summary>
    public DateTimeOffset ChangedAt { get; set; }

    public override void Apply(MemberEligibilityChanged message)
    {
        base.Apply(message);
        (MedsId, Mbi) = (message.MedsId, message.Mbi);
    }

    protected override ExportCoverage Copy(CoverageSnapshot span) =>
        new(span.LineOfBusiness, span.Program, span.PcpNpi, span.ShareOfCost, span.StartDate, span.EndDate);
}

/// <summary>What the export keeps of a coverage span: a Coverage resource's line of business, network, PCP, share of cost and period.</summary>
public sealed record ExportCoverage(string LineOfBusiness, string Program, string? PcpNpi, decimal ShareOfCost, DateOnly StartDate, DateOnly? EndDate) : ICoverageSpan;

public sealed class ExportMemberConfiguration : IEntityTypeConfiguration<ExportMember>
{
    public void Configure(EntityTypeBuilder<ExportMember> member)
    {
        member.MapScopedMemberCopy<ExportMember, ExportCoverage>(span => span.Property<string>(nameof(ExportCoverage.LineOfBusiness)).HasMaxLength(30));
        member.Property(m => m.MedsId).HasMaxLength(9);
        member.Property(m => m.Mbi).HasMaxLength(11);
    }
}

/// <summary>Keeps <see cref="ExportMember"/> from eligibility's announcements, stamping when each copy changed.</summary>
public sealed class MemberEligibilityChangedConsumer(InteropDbContext db, TimeProvider time) : MemberCopyConsumer<InteropDbContext, ExportMember>(db, time)
{
    protected override ExportMember Create(MemberEligibilityChanged message) =>
        new() { Cin = message.Cin, FirstName = message.FirstName, LastName = message.LastName };

    protected override async Task ApplyAsync(MemberEligibilityChanged message, CancellationToken cancellationToken)
    {
        var heldVersion = (await Db.ExportMembers.FindAsync([message.Cin], cancellationToken))?.Version;
        await base.ApplyAsync(message, cancellationToken);
        if (heldVersion is null || heldVersion < message.Version)
        {
            (await Db.ExportMembers.FindAsync([message.Cin], cancellationToken))!.ChangedAt = Time.GetUtcNow();
        }
    }
}
