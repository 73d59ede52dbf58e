using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Eligibility;

namespace Platform.Eligibility.Members;

/// <summary>ELG-03: the plan's lines of business, written in JSON as the plan names them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LineOfBusiness>))]
public enum LineOfBusiness
{
    [JsonStringEnumMemberName("Medi-Cal")] MediCal,
    [JsonStringEnumMemberName("OneCare")] OneCare,
    [JsonStringEnumMemberName("OneCare Connect")] OneCareConnect,
    [JsonStringEnumMemberName("PACE")] Pace,
}

/// <summary>ELG-03: a period of coverage in one line of business and one program, with the assigned PCP.</summary>
public sealed class CoverageSpan
{
    /// <summary>CalOptima Health Direct: the plan administers it; members have no assigned PCP (ELG-05).</summary>
    public const string Direct = Programs.Direct;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string MemberCin { get; init; }

    public LineOfBusiness LineOfBusiness { get; init; }

    /// <summary>COD, CCN or a health network's code; ACC-06: a partner sees the members of its network's spans.</summary>
    public required string Program { get; init; }

    /// <summary>ELG-05: null for COD, whose members choose a network and PCP within 45 days.</summary>
    public string? PcpNpi { get; init; }

    /// <summary>ELG-02: the monthly amount the member pays before coverage; above zero means share of cost.</summary>
    public decimal ShareOfCost { get; init; }

    public DateOnly StartDate { get; init; }

    /// <summary>The last covered day; null while coverage is open. ELG-08: a termination or a change of program sets it.</summary>
    public DateOnly? EndDate { get; set; }

    public bool Covers(DateOnly date) => StartDate <= date && (EndDate is null || date <= EndDate);

    public bool Overlaps(DateOnly start, DateOnly? end) => StartDate <= (end ?? DateOnly.MaxValue) && start <= (EndDate ?? DateOnly.MaxValue);
}

public sealed class CoverageSpanConfiguration : IEntityTypeConfiguration<CoverageSpan>
{
    public void Configure(EntityTypeBuilder<CoverageSpan> span)
    {
        span.ToTable("coverage_spans");
        span.HasKey(s => s.Id);
        // Made by the span itself, so a span added to a member's list is saved as new, not taken for a stored one.
        span.Property(s => s.Id).ValueGeneratedNever();
        span.Property(s => s.MemberCin).HasMaxLength(9);
        span.Property(s => s.LineOfBusiness).HasConversion<string>().HasMaxLength(20);
        span.Property(s => s.Program).HasMaxLength(20);
        span.Property(s => s.PcpNpi).HasMaxLength(10);
        span.Property(s => s.ShareOfCost).HasPrecision(9, 2);
        // ACC-01 scoping and the ELG-07 list select members by their PCP.
        span.HasIndex(s => s.PcpNpi);
        span.HasIndex(s => new { s.Program, s.MemberCin });
        span.ToTable(t => t.HasCheckConstraint("ck_coverage_spans_share_of_cost", "\"ShareOfCost\" >= 0"));
    }
}
