using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Claims.Codes;
using Platform.Contracts.Claims;

namespace Platform.Claims.Claims;

/// <summary>
/// One service line: what was billed, and once adjudicated what was allowed and is payable, with the adjustments
/// that explain the difference (billed − payable = the sum of <see cref="Adjustments"/>, as on an 835).
/// </summary>
public sealed class ClaimLine
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ClaimId { get; init; }

    public int LineNumber { get; init; }

    public DateOnly ServiceFrom { get; init; }

    public DateOnly ServiceTo { get; init; }

    public required string ProcedureCode { get; init; }

    public List<string> Modifiers { get; init; } = [];

    public int Units { get; init; }

    public string? PlaceOfService { get; init; }

    public decimal BilledAmount { get; init; }

    public decimal? AllowedAmount { get; private set; }

    public decimal? PayableAmount { get; private set; }

    public LineStatus Status { get; private set; } = LineStatus.Pending;

    public List<Adjustment> Adjustments { get; private set; } = [];

    public List<string> RemarkCodes { get; private set; } = [];

    public decimal MemberCostShare => Adjustments.Where(a => a.IsMemberCostShare).Sum(a => a.Amount);

    public void Decide(decimal allowed, decimal payable, IReadOnlyList<Adjustment> adjustments, IReadOnlyList<string> remarks)
    {
        AllowedAmount = allowed;
        PayableAmount = payable;
        Adjustments = [.. adjustments];
        // A line paid at $0 because the member owes it (a deductible) was processed, not denied.
        Status = payable > 0 || MemberCostShare > 0 ? LineStatus.Paid : LineStatus.Denied;
        RemarkCodes = [.. remarks];
    }

    /// <summary>
    /// Pays up to <paramref name="amount"/> more on the line by taking it off the line's adjustments — the payer's, or
    /// with <paramref name="memberShare"/> the member's cost share — so billed − payable still equals their sum.
    /// Returns what it paid more.
    /// </summary>
    public decimal Raise(decimal amount, bool memberShare)
    {
        var left = amount;
        var reduced = new List<Adjustment>();
        foreach (var adjustment in Adjustments)
        {
            var taken = adjustment.IsMemberCostShare == memberShare ? Math.Clamp(adjustment.Amount, 0, left) : 0;
            left -= taken;
            if (adjustment.Amount != taken)
            {
                reduced.Add(adjustment with { Amount = adjustment.Amount - taken });
            }
        }

        var raised = amount - left;
        if (raised > 0)
        {
            var payable = (PayableAmount ?? 0) + raised;
            Decide(Math.Max(AllowedAmount ?? 0, payable + reduced.Where(a => a.IsMemberCostShare).Sum(a => a.Amount)), payable, reduced, RemarkCodes);
        }

        return raised;
    }

    public ClaimLineSnapshot Snapshot() =>
        new(LineNumber, ServiceFrom, ServiceTo, ProcedureCode, [.. Modifiers], Units, PlaceOfService, BilledAmount, AllowedAmount, PayableAmount);

    /// <summary>Back to undecided: a claim pended again keeps no stale decision.</summary>
    public void Reopen()
    {
        AllowedAmount = null;
        PayableAmount = null;
        Status = LineStatus.Pending;
        Adjustments = [];
        RemarkCodes = [];
    }
}

public sealed class ClaimLineConfiguration : IEntityTypeConfiguration<ClaimLine>
{
    public void Configure(EntityTypeBuilder<ClaimLine> line)
    {
        line.ToTable("claim_lines");
        line.HasKey(l => l.Id);
        line.HasIndex(l => new { l.ClaimId, l.LineNumber }).IsUnique();
        line.Property(l => l.ProcedureCode).HasMaxLength(5);
        line.Property(l => l.PlaceOfService).HasMaxLength(2);
        line.Property(l => l.BilledAmount).HasPrecision(12, 2);
        line.Property(l => l.AllowedAmount).HasPrecision(12, 2);
        line.Property(l => l.PayableAmount).HasPrecision(12, 2);
        line.Property(l => l.Status).HasConversion<string>().HasMaxLength(10);
        line.Ignore(l => l.MemberCostShare);
        line.OwnsMany(l => l.Adjustments, adjustment =>
        {
            adjustment.ToJson();
            adjustment.Property(a => a.Amount).HasPrecision(12, 2);
        });
    }
}
