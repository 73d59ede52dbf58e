using Platform.Claims.Claims;
using Platform.Claims.Codes;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests.Units;

/// <summary>DSP-10: how an overturned dispute's new payable is spread over a claim's lines.</summary>
public sealed class DisputeAdjustmentRulesTests
{
    private static readonly DateTimeOffset Decided = new(2026, 11, 2, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DSP_10_the_difference_is_paid_line_by_line_from_the_payers_adjustments_before_any_members_share_and_every_line_still_balances()
    {
        var claim = ClaimOf(
            Line(1, billed: 100, payable: 60, new Adjustment("CO", "45", 30), new Adjustment("PR", "3", 10)),
            Line(2, billed: 100, payable: 0, new Adjustment("CO", "96", 100)));

        var (adjusted, adjustment) = claim.AdjustForDispute("PDR260000042", 180, Decided.AddDays(30));

        Assert.Equal((60m, 180m, 120m, "Finalized"), (adjusted.PreviousPayableAmount, adjusted.PayableAmount, adjustment.Amount, adjusted.Status));
        Assert.Equal([90m, 90m], claim.Lines.Select(l => l.PayableAmount!.Value));
        // Line 1's contractual 30 and line 2's denial 90 of 100 pay the 120; the member's copay of 10 stays theirs.
        Assert.Equal([new Adjustment("PR", "3", 10)], claim.Lines[0].Adjustments);
        Assert.Equal([new Adjustment("CO", "96", 10)], claim.Lines[1].Adjustments);
        Assert.All(claim.Lines, l => Assert.Equal(l.BilledAmount - l.PayableAmount, l.Adjustments.Sum(a => a.Amount)));
        Assert.Equal([LineStatus.Paid, LineStatus.Paid], claim.Lines.Select(l => l.Status));
        Assert.Equal((100m, 10m), (claim.Lines[0].AllowedAmount!.Value, claim.MemberCostShare!.Value));
        Assert.Equal(Decided.AddDays(30), claim.FinalizedAt);
    }

    [Fact]
    public void DSP_10_a_payable_up_to_the_billed_amount_takes_the_members_share_last()
    {
        var claim = ClaimOf(Line(1, billed: 100, payable: 60, new Adjustment("CO", "45", 30), new Adjustment("PR", "3", 10)));

        claim.AdjustForDispute("PDR260000043", 100, Decided.AddDays(1));

        Assert.Equal((100m, 0m), (claim.PayableAmount!.Value, claim.MemberCostShare!.Value));
        Assert.Empty(claim.Lines[0].Adjustments);
    }

    [Fact]
    public void DSP_10_a_denied_claim_overturned_is_finalized_and_owes_the_whole_difference_on_the_next_payment_once_paid()
    {
        var claim = ClaimOf(Line(1, billed: 100, payable: 0, new Adjustment("CO", "96", 100)));

        var (adjusted, _) = claim.AdjustForDispute("PDR260000044", 75, Decided.AddDays(1));

        Assert.Equal(("Finalized", 75m), (adjusted.Status, claim.AmountOwed));
    }

    private static Claim ClaimOf(params ClaimLine[] lines)
    {
        var claim = new Claim
        {
            ClaimNumber = TestData.ClaimNumber(), Cin = TestData.Cin(), BillingNpi = TestData.Npi(), BillingTin = TestClaims.Tin, LineOfBusiness = "Medi-Cal",
            IntakeDigest = "", BilledAmount = lines.Sum(l => l.BilledAmount), Lines = [.. lines],
        };
        claim.Finalize(lines.Any(l => l.PayableAmount > 0) ? ClaimStatus.Finalized : ClaimStatus.Denied, null, Decided);
        return claim;
    }

    private static ClaimLine Line(int number, decimal billed, decimal payable, params Adjustment[] adjustments)
    {
        var line = new ClaimLine { LineNumber = number, ProcedureCode = "99213", Units = 1, BilledAmount = billed };
        line.Decide(payable + adjustments.Where(a => a.IsMemberCostShare).Sum(a => a.Amount), payable, adjustments, []);
        return line;
    }
}
