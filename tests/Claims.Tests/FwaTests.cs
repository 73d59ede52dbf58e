using System.Net;
using System.Net.Http.Json;
using Platform.Claims.Fwa;
using Platform.Claims.Lookup;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;
using static Platform.Claims.Tests.ClaimBodies;

namespace Platform.Claims.Tests;

/// <summary>CLM-06: review flags computed at intake from the claim, the member's copy and the provider's history.</summary>
public sealed class FwaTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    private readonly HttpClient staff = service.ClientWith(TestTokens.PlanStaff);

    [Fact]
    public async Task CLM_06_a_service_billed_twice_on_one_day_is_flagged_on_the_same_claim_and_across_claims_but_not_with_modifier_76()
    {
        var cin = await service.AnnounceMemberAsync();
        var npi = TestData.Npi();
        var first = await RecordAsync(cin, npi, Line("2026-10-06", "97110", 60m), Line("2026-10-06", "97110", 60m), Line("2026-10-06", "97110", 60m, "76"));
        var second = await RecordAsync(cin, npi, Line("2026-10-06", "97110", 60m));
        var otherProvider = await RecordAsync(cin, TestData.Npi(), Line("2026-10-06", "97110", 60m));

        Assert.Equal([(FwaFlagKind.DuplicateService, 2)], Flags(first));
        var duplicate = Assert.Single(second.FwaFlags!);
        Assert.Contains($"on claim {first.ClaimNumber}", duplicate.Detail);
        Assert.Empty(otherProvider.FwaFlags!);
    }

    [Fact]
    public async Task CLM_06_a_component_billed_with_its_comprehensive_code_is_unbundling_unless_marked_distinct()
    {
        var cin = await service.AnnounceMemberAsync();

        var bundled = await RecordAsync(cin, TestData.Npi(), Line("2026-10-07", "80053", 40m), Line("2026-10-07", "80048", 25m));
        var distinct = await RecordAsync(cin, TestData.Npi(), Line("2026-10-08", "93000", 40m), Line("2026-10-08", "93010", 25m, "59"));

        var flag = Assert.Single(bundled.FwaFlags!);
        Assert.Equal((FwaFlagKind.Unbundling, 2), (flag.Kind, flag.LineNumber));
        Assert.Contains("80053", flag.Detail);
        Assert.Empty(distinct.FwaFlags!);
    }

    [Fact]
    public async Task CLM_06_a_service_after_the_members_death_or_after_coverage_ended_is_flagged()
    {
        var deceased = await service.AnnounceMemberAsync(diedOn: new DateOnly(2026, 9, 1));
        var disenrolled = await service.AnnounceMemberAsync(coveredTo: new DateOnly(2026, 8, 31));

        var afterDeath = await RecordAsync(deceased, TestData.Npi(), Line("2026-08-31", "99213", 90m), Line("2026-09-02", "99213", 90m));
        var afterCoverage = await RecordAsync(disenrolled, TestData.Npi(), Line("2026-09-15", "99213", 90m));

        Assert.Equal([(FwaFlagKind.DeceasedMember, 2)], Flags(afterDeath));
        var flag = Assert.Single(afterCoverage.FwaFlags!);
        Assert.Equal(FwaFlagKind.NotCovered, flag.Kind);
        Assert.Contains("ended on 08/31/2026", flag.Detail);
    }

    [Fact]
    public async Task CLM_06_a_provider_billing_level_5_visits_far_above_the_norm_is_flagged_on_the_next_one()
    {
        var cin = await service.AnnounceMemberAsync();
        var npi = TestData.Npi();
        // 19 visits in the past year, 9 of them level 5: the 20th, a level 5, makes 10 of 20 (50 % ≥ 40 %).
        for (var day = 1; day <= 19; day++)
        {
            await RecordAsync(cin, npi, Line($"2026-09-{day:00}", day <= 9 ? "99215" : "99213", 120m));
        }

        var next = await RecordAsync(cin, npi, Line("2026-09-20", "99215", 150m));
        var ordinary = await RecordAsync(cin, TestData.Npi(), Line("2026-09-20", "99215", 150m));

        Assert.Equal([(FwaFlagKind.Upcoding, 1)], Flags(next));
        Assert.Empty(ordinary.FwaFlags!);
    }

    [Fact]
    public async Task CLM_06_flags_are_shown_to_plan_staff_only()
    {
        var cin = await service.AnnounceMemberAsync();
        var npi = TestData.Npi();
        var claim = await RecordAsync(cin, npi, Line("2026-10-09", "97110", 60m), Line("2026-10-09", "97110", 60m));
        using var provider = service.ClientWith(TestTokens.ForProviders([npi], Modules.Claims));

        using var asStaff = await staff.GetAsync($"/api/v1/claims/{claim.ClaimNumber}", TestContext.Current.CancellationToken);
        using var asProvider = await provider.GetAsync($"/api/v1/claims/{claim.ClaimNumber}", TestContext.Current.CancellationToken);

        Assert.NotEmpty((await ClaimsFixture.DetailAsync(asStaff)).FwaFlags!);
        Assert.Null((await ClaimsFixture.DetailAsync(asProvider)).FwaFlags);
        Assert.DoesNotContain("fwaFlags\":[", await asProvider.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static List<(FwaFlagKind, int?)> Flags(ClaimDetail claim) => [.. claim.FwaFlags!.Select(f => (f.Kind, f.LineNumber))];

    private async Task<ClaimDetail> RecordAsync(string cin, string npi, params object[] lines)
    {
        using var response = await staff.PostAsJsonAsync(ClaimsFixture.Intake, ByProvider(TestData.ClaimNumber(), cin, npi, null, lines), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ClaimsFixture.DetailAsync(response);
    }
}
