using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.ServiceDefaults.Auth;

namespace Platform.ServiceDefaults.Members;

/// <summary>What scope and attribution read of a kept coverage span: its program (COD, CCN or a network) and PCP, and when.</summary>
public interface ICoverageSpan
{
    string Program { get; }

    string? PcpNpi { get; }

    DateOnly StartDate { get; }

    DateOnly? EndDate { get; }
}

/// <summary>A member copy whose spans keep the PCP: who may see the member (ACC-01/06) and their coverage on a day.</summary>
public abstract class ScopedMemberCopy<TCoverage> : MemberCopy<TCoverage>
    where TCoverage : class, ICoverageSpan
{
    /// <summary>The span covering the day, if any (none after the member's death): its network and PCP are the member's that day.</summary>
    public TCoverage? CoverageOn(DateOnly day) =>
        DateOfDeath is { } died && day > died ? null : Coverage.FirstOrDefault(c => c.StartDate <= day && (c.EndDate is null || day <= c.EndDate));

    /// <summary>ACC-01/06 as eligibility answers it: a member of one of the caller's PCPs (past or present), or of the partner's network.</summary>
    public bool IsVisibleTo(CallerScope scope) => scope.IsPlanWide || Coverage.Any(c => scope.CanSee(c.PcpNpi, c.Program));
}

public static class ScopedMemberCopyModel
{
    /// <summary>
    /// The members table of a scoped copy: the CIN as key, the names, and the spans in one JSON column with their
    /// program and PCP; <paramref name="coverage"/> maps what else a service keeps of a span.
    /// </summary>
    public static void MapScopedMemberCopy<TMember, TCoverage>(
        this EntityTypeBuilder<TMember> member, Action<OwnedNavigationBuilder<TMember, TCoverage>>? coverage = null)
        where TMember : ScopedMemberCopy<TCoverage>
        where TCoverage : class, ICoverageSpan
    {
        member.ToTable("members");
        member.HasKey(m => m.Cin);
        member.Property(m => m.Cin).HasMaxLength(9);
        member.Property(m => m.FirstName).HasMaxLength(50);
        member.Property(m => m.LastName).HasMaxLength(50);
        member.OwnsMany(m => m.Coverage, span =>
        {
            span.ToJson();
            // By name: a lambda over the interface would not name the record's own property.
            span.Property<string>(nameof(ICoverageSpan.Program)).HasMaxLength(20);
            span.Property<string?>(nameof(ICoverageSpan.PcpNpi)).HasMaxLength(10);
            coverage?.Invoke(span);
        });
    }
}
