using Platform.X12;

namespace Platform.Interop.X12.Eligibility;

/// <summary>
/// The 2110C benefit segments of a 271 (005010X279A1) for one member's eligibility on the date of service, always for
/// service type 30 (health benefit plan coverage), the plan's answer to any EQ, with the PCP as a 2120C loop.
/// </summary>
public static class EligibilityBenefits
{
    public const string HealthBenefitPlanCoverage = "30";
    public const string Individual = "IND";

    /// <summary>EB05 holds 50 characters.</summary>
    private const int DescriptionLength = 50;

    public static IReadOnlyList<X12Segment> Of(MemberEligibility eligibility, X12Separators separators)
    {
        var description = X12Text.Clean(Description(eligibility), separators, DescriptionLength);
        var insurance = InsuranceType(eligibility.LineOfBusiness);
        return eligibility.Status switch
        {
            MemberEligibility.Eligible =>
                [X12Segment.Of("EB", "1", Individual, HealthBenefitPlanCoverage, insurance, description), .. PrimaryCare(eligibility, separators)],
            // Share of cost is Medi-Cal's name for the medically needy spend-down: coverage for a month begins once the
            // member has paid or incurred that month's amount (ELG-02 keeps it apart from eligible). The 271 has a
            // benefit code for exactly that, EB01 Y "Spend Down", with the amount in EB07 and the period in EB06 (34,
            // month). Not EB*1 beside it: a provider reading "active coverage" would take the member as covered
            // before the share is met; nor EB*G or EB*C, which are a covered member's out-of-pocket and deductible.
            MemberEligibility.ShareOfCostStatus =>
                [X12Segment.Of("EB", "Y", Individual, HealthBenefitPlanCoverage, insurance, description, "34", X12Text.Amount(eligibility.ShareOfCost ?? 0)),
                 .. PrimaryCare(eligibility, separators)],
            _ => [X12Segment.Of("EB", "6", "", HealthBenefitPlanCoverage)],
        };
    }

    /// <summary>
    /// EB04: Medi-Cal is Medicaid (MC). OneCare (a Medicare Advantage dual special needs plan), OneCare Connect (a
    /// Medicare-Medicaid plan) and PACE are paid by Medicare at risk through the plan: HN, HMO Medicare risk.
    /// </summary>
    public static string InsuranceType(string? lineOfBusiness) => lineOfBusiness is null or "Medi-Cal" ? "MC" : "HN";

    /// <summary>EB05, the plan as the portal names it: line of business, then network or program and its code ("Medi-Cal AltaMed Health Services (ALTAMED)").</summary>
    private static string Description(MemberEligibility eligibility) =>
        string.Join(' ', new[] { eligibility.LineOfBusiness, eligibility.NetworkName, eligibility.Network is null ? null : $"({eligibility.Network})" }
            .Where(part => !string.IsNullOrWhiteSpace(part)));

    /// <summary>2120C: the assigned PCP (NM1*P3 with the NPI), when eligibility shows one to the caller.</summary>
    private static X12Segment[] PrimaryCare(MemberEligibility eligibility, X12Separators separators) => eligibility.PcpNpi is { } npi
        ? [X12Segment.Of("LS", "2120"), X12Segment.Of("NM1", "P3", "1", X12Text.Clean(eligibility.PcpName, separators, 60), "", "", "", "", "XX", npi), X12Segment.Of("LE", "2120")]
        : [];
}
