using Platform.Referral.Directory;
using Platform.Referral.Members;
using Platform.Referral.PriorAuthorization;
using Platform.Referral.Referrals;
using Platform.Referral.Submission;
using Xunit;

namespace Platform.Referral.Tests.Units;

public sealed class ReferralRulesTests
{
    private static readonly DateOnly Day = new(2026, 12, 14);

    /// <summary>The request's codes on the 2026-Q4 list, as the submission reads them.</summary>
    private static readonly Dictionary<string, PaCode> Listed = new PaCode[]
    {
        new() { Quarter = "2026-Q4", Code = "70551", Description = "MRI brain", Category = "Advanced imaging" },
        new() { Quarter = "2026-Q4", Code = "97110", Description = "Therapeutic exercise", Category = "Outpatient therapy" },
        new() { Quarter = "2026-Q4", Code = "97153", Description = "Adaptive behavior treatment", Category = PaCode.BehavioralHealthAba },
    }.ToDictionary(c => c.Code);

    private static RuleVerdict Evaluate(RuleLine[] lines, bool tertiary = false, bool allowRedirect = true, ReferralUrgency urgency = ReferralUrgency.Routine,
        UrgentCriterion? criterion = null, string servicingTin = "330000009") =>
        ReferralRules.Evaluate(new RuleInput(Day, new ReferralMemberCoverage("Medi-Cal", "CCN", "1000000012", new DateOnly(2026, 1, 1), null),
            new DirectoryProvider { Npi = "1000000020", Tin = servicingTin, Name = "Specialist", Type = "Specialist", Specialty = "Neurology", Tertiary = tertiary },
            "330000001", "2026-Q4", Listed, lines, urgency, criterion, allowRedirect), new DecisionPolicy());

    private static RuleLine Line(string code, int quantity = 1, params string[] modifiers) => new(1, code, modifiers, quantity, "11");

    [Fact]
    public void REF_12_within_the_automatic_units_it_is_approved_and_above_them_it_pends()
    {
        Assert.True(Evaluate([Line("97110", 12)]).Approve);
        Assert.False(Evaluate([Line("97110", 13)]).Approve);
    }

    [Fact]
    public void REF_05_urgent_with_a_criterion_pends_for_a_reviewer_and_without_one_is_handled_as_routine()
    {
        var stated = Evaluate([Line("70551")], urgency: ReferralUrgency.Urgent, criterion: UrgentCriterion.LifeOrHealth);
        var unstated = Evaluate([Line("70551")], urgency: ReferralUrgency.Urgent);

        Assert.Equal((ReferralUrgency.Urgent, false), (stated.Urgency, stated.Approve));
        Assert.Equal((ReferralUrgency.Routine, true), (unstated.Urgency, unstated.Approve));
    }

    [Fact]
    public void REF_08_a_tertiary_provider_with_a_redirect_allowed_is_decided_like_any_other()
    {
        Assert.True(Evaluate([Line("70551")], tertiary: true, allowRedirect: true).Approve);
        Assert.False(Evaluate([Line("70551")], tertiary: true, allowRedirect: false).Approve);
    }

    [Fact]
    public void REF_04_the_PCP_groups_visits_are_refused_but_its_listed_imaging_is_not()
    {
        Assert.Contains("lines[0].procedureCode", Evaluate([Line("99214")], servicingTin: "330000001").Refusals.Keys);
        Assert.Empty(Evaluate([Line("70551")], servicingTin: "330000001").Refusals);
    }

    [Fact]
    public void REF_10_an_unknown_modifier_voids_a_line_except_on_a_BH_ABA_code()
    {
        Assert.Contains("lines[0].modifiers", Evaluate([Line("70551", 1, "HO")]).Refusals.Keys);
        Assert.Empty(Evaluate([Line("97153", 1, "HO")]).Refusals);
        Assert.Empty(Evaluate([Line("70551", 1, "RT", "59")]).Refusals);
    }

    [Fact]
    public void REF_12_a_refused_request_has_the_refusing_rules_in_its_trace()
    {
        var verdict = Evaluate([Line("99214")]);

        Assert.Contains(verdict.Trace, t => t is { Rule: "REF-02", Result: RuleResult.Refused });
        Assert.False(verdict.Approve);
    }
}
