using Platform.Interop.X12;
using Platform.Interop.X12.ClaimStatus;
using Platform.Interop.X12.Eligibility;
using Platform.X12;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>Issue 18 item 5: the 271 EB and 277 STC codes for each status the owners give, and the 999's structure checks, without a platform.</summary>
public sealed class X12MappingTests
{
    private static readonly X12Separators Separators = X12Separators.Default;

    [Theory]
    [InlineData("Medi-Cal", "MC")]
    [InlineData("OneCare", "HN")]
    [InlineData("OneCare Connect", "HN")]
    [InlineData("PACE", "HN")]
    public void Medi_Cal_is_Medicaid_and_the_Medicare_lines_HMO_Medicare_risk(string lineOfBusiness, string insuranceType)
    {
        var eligibility = new MemberEligibility(null, MemberEligibility.Eligible, lineOfBusiness, "CCN", "CalOptima Community Network", null, "A*B~C", null);

        var eb = Assert.Single(EligibilityBenefits.Of(eligibility, Separators));

        Assert.Equal(insuranceType, eb[4]);
        Assert.Equal($"{lineOfBusiness.ToUpperInvariant()} CALOPTIMA COMMUNITY NETWORK (CCN)", eb[5]);
    }

    [Fact]
    public void Plan_text_never_carries_the_interchanges_delimiters_and_fits_its_element()
    {
        Assert.Equal("A B C", X12Text.Clean("a*b~c", Separators, 50));
        Assert.Equal("ABC", X12Text.Clean("abcdef", Separators, 3));
    }

    [Fact]
    public void Not_eligible_is_inactive_coverage_without_a_PCP_loop()
    {
        var eligibility = new MemberEligibility(null, "NOT_ELIGIBLE", null, null, null, "1234567893", "Dr X", null);

        Assert.Equal("EB*6**30", Assert.Single(EligibilityBenefits.Of(eligibility, Separators)).ToString());
    }

    [Theory]
    [InlineData("Received", null, null, "STC*A2:20*20260915**120")]
    [InlineData("Pended", null, null, "STC*P1:20*20260915**120")]
    [InlineData("Denied", "2026-10-02T17:00:00Z", null, "STC*F2:1*20261002**120*0*20261002")]
    [InlineData("Finalized", "2026-10-02T17:00:00Z", null, "STC*F0:3*20261002**120*100*20261002")]
    [InlineData("Finalized", "2026-10-02T17:00:00Z", "Check 10023", "STC*F1:65*20261020**120*100*20261002*CHK*20261020*10023")]
    public void Each_claim_status_is_its_277_category_and_status_code_with_the_amounts_known(string status, string? finalizedAt, string? payment, string stc)
    {
        var final = status is "Finalized" or "Denied";
        var claim = new ClaimFound("C12345678901", status, new(2026, 9, 14), new(2026, 9, 14), new(2026, 9, 15),
            finalizedAt is null ? null : DateTimeOffset.Parse(finalizedAt, System.Globalization.CultureInfo.InvariantCulture),
            payment is null ? null : new DateOnly(2026, 10, 20), payment, 120m, final ? status == "Denied" ? 0m : 100m : null, new("12345678A"), new("1234567893"));

        // As the writer sends it: trailing empty elements left out.
        Assert.Equal(stc, ClaimStatusCodes.Of(claim, Separators).ToString().TrimEnd('*'));
    }

    [Fact]
    public void A_subscriber_name_with_another_entity_code_is_an_IK3_with_an_IK4_invalid_code_value()
    {
        var body = new[] { "BHT*0022*13*1*20261207*1319", "HL*1**20*1", "NM1*PR*2*P", "HL*2*1*21*1", "NM1*1P*2*R", "HL*3*2*22*0", "NM1*QC*1*SMITH" }
            .Select(text => text.Split('*')).Select(parts => new X12Segment(parts[0], parts[1..])).ToList();

        var error = Assert.Single(X12Structure.Check(body, Eligibility270Api.Transaction.Levels));

        Assert.Equal(new X12SegmentError("NM1", 8, "2100C", "8", new X12ElementError(1, "7", "QC")), error);
    }
}
