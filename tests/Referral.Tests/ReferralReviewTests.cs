using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;
using static Platform.Referral.Tests.ReferralWorld;

namespace Platform.Referral.Tests;

public sealed class ReferralReviewTests(ReferralFixture service) : IClassFixture<ReferralFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>A knee arthroscopy: outpatient surgery needs a clinician, so it pends (REF-12).</summary>
    private static async Task<(ReferralWorld World, string Number)> PendedAsync(ReferralFixture service, object[]? lines = null)
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);
        var referral = await world.SubmittedAsync(office, world.Specialist, lines ?? [Line("29881"), Line("73721")]);
        Assert.Equal("Pended", referral.GetProperty("status").GetString());
        return (world, referral.GetProperty("referralNumber").GetString()!);
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient reviewer, string number, object decision) =>
        reviewer.PostAsJsonAsync($"/api/v1/referrals/{number}/decision", decision, Cancellation);

    [Fact]
    public async Task REF_13_a_reviewer_approves_a_pended_referral_and_its_history_shows_each_status()
    {
        var (_, number) = await PendedAsync(service);
        using var reviewer = Reviewer(service);

        var approved = await Step(await DecideAsync(reviewer, number, new { decision = "Approve" }));

        Assert.Equal(("Approved", false), (approved.GetProperty("status").GetString(), approved.GetProperty("decidedAutomatically").GetBoolean()));
        Assert.Equal(["Submitted", "Pended", "Approved"], approved.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task REF_13_a_modification_approves_fewer_units_and_states_its_reason()
    {
        var (_, number) = await PendedAsync(service, [Line("29881"), Line("97110", 24)]);
        using var reviewer = Reviewer(service);

        var modified = await Step(await DecideAsync(reviewer, number, new
        {
            decision = "Modify", reason = "Twelve therapy units first; reassess after.", lines = new[] { new { lineNumber = 2, quantity = 12 } },
        }));

        Assert.Equal("Modified", modified.GetProperty("status").GetString());
        Assert.Equal([1, 12], modified.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("approvedQuantity").GetInt32()));
        Assert.Equal("Twelve therapy units first; reassess after.", modified.GetProperty("decisionReason").GetString());
    }

    [Fact]
    public async Task REF_13_a_denial_without_a_specific_reason_is_refused()
    {
        var (_, number) = await PendedAsync(service);
        using var reviewer = Reviewer(service);

        using var response = await DecideAsync(reviewer, number, new { decision = "Deny" });
        var denied = await Step(await DecideAsync(reviewer, number, new { decision = "Deny", reason = "No conservative therapy documented in the last six weeks." }));

        await Problems.AssertFieldAsync(response, HttpStatusCode.BadRequest, "reason", "specific reason");
        Assert.Equal(("Denied", "No conservative therapy documented in the last six weeks."),
            (denied.GetProperty("status").GetString(), denied.GetProperty("decisionReason").GetString()));
    }

    [Fact]
    public async Task REF_13_a_modification_cannot_approve_more_units_than_asked()
    {
        var (_, number) = await PendedAsync(service);
        using var reviewer = Reviewer(service);

        using var response = await DecideAsync(reviewer, number, new { decision = "Modify", reason = "More", lines = new[] { new { lineNumber = 1, quantity = 5 } } });

        await Problems.AssertFieldAsync(response, HttpStatusCode.BadRequest, "lines[0].quantity", "approve 0 to 1");
    }

    [Fact]
    public async Task REF_13_the_submitter_cancels_while_pended_and_not_after_a_decision()
    {
        var (world, number) = await PendedAsync(service);
        using var office = world.Office(service);
        using var reviewer = Reviewer(service);

        var cancelled = await Step(await office.PostAsJsonAsync($"/api/v1/referrals/{number}/cancellation", new { reason = "Member moved." }, Cancellation));
        using var decided = await DecideAsync(reviewer, number, new { decision = "Approve" });

        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, decided.StatusCode);
    }

    [Fact]
    public async Task REF_13_a_reviewer_asks_for_information_and_the_office_answers_while_it_stays_pended()
    {
        var (world, number) = await PendedAsync(service);
        using var office = world.Office(service);
        using var reviewer = Reviewer(service);

        await Step(await reviewer.PostAsJsonAsync($"/api/v1/referrals/{number}/information-requests", new { text = "Send the last MRI report." }, Cancellation));
        var answered = await Step(await office.PostAsJsonAsync($"/api/v1/referrals/{number}/information", new { text = "Report uploaded to the chart, dated 11/02." }, Cancellation));

        Assert.Equal("Pended", answered.GetProperty("status").GetString());
        Assert.Equal(["Information requested: Send the last MRI report.", "Information provided: Report uploaded to the chart, dated 11/02."],
            answered.GetProperty("history").EnumerateArray().Skip(2).Select(h => h.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task REF_13_only_plan_reviewers_decide()
    {
        var (world, number) = await PendedAsync(service);
        using var office = world.Office(service);

        using var response = await DecideAsync(office, number, new { decision = "Approve" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task REF_12_the_queue_lists_pended_referrals_due_first_and_not_decided_ones()
    {
        var (world, routine) = await PendedAsync(service);
        using var office = world.Office(service);
        var urgent = (await world.SubmittedAsync(office, world.Specialist, urgency: "Urgent", urgentCriterion: "LifeOrHealth")).GetProperty("referralNumber").GetString();
        var approved = (await world.SubmittedAsync(office, world.Specialist)).GetProperty("referralNumber").GetString();
        using var reviewer = Reviewer(service);

        var numbers = new List<string>();
        for (var path = "/api/v1/referrals/queue?limit=2"; path is not null;)
        {
            var page = await reviewer.GetFromJsonAsync<JsonElement>(path, Cancellation);
            numbers.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("referralNumber").GetString()!));
            path = page.GetProperty("next").GetString() is { } next ? $"/api/v1/referrals/queue?limit=2&after={next}" : null;
        }

        Assert.True(numbers.IndexOf(urgent!) < numbers.IndexOf(routine), "The urgent request, due in 72 hours, comes before the routine one.");
        Assert.DoesNotContain(approved, numbers);
    }

    [Fact]
    public async Task ACC_01_another_offices_referral_is_not_found_and_a_partner_sees_only_its_networks()
    {
        var (_, number) = await PendedAsync(service);
        using var stranger = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Referrals));
        using var partner = service.ClientWith(TestTokens.ForPartner("ALTAMED", Modules.Referrals));
        var altamed = await CreateAsync(service, program: "ALTAMED");
        using var network = altamed.Office(service);
        var own = (await altamed.SubmittedAsync(network, altamed.Specialist)).GetProperty("referralNumber").GetString();

        using var hidden = await stranger.GetAsync($"/api/v1/referrals/{number}", Cancellation);
        using var plans = await partner.GetAsync($"/api/v1/referrals/{number}", Cancellation);
        using var partners = await partner.GetAsync($"/api/v1/referrals/{own}", Cancellation);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK), (hidden.StatusCode, plans.StatusCode, partners.StatusCode));
    }

    [Fact]
    public async Task ACC_01_the_referred_to_specialists_office_sees_the_referral()
    {
        var (world, number) = await PendedAsync(service);
        using var specialist = service.ClientWith(TestTokens.ForProviders([world.Specialist], Modules.Referrals));

        var referral = await Step(await specialist.GetAsync($"/api/v1/referrals/{number}", Cancellation));

        Assert.Equal(world.Cin, referral.GetProperty("cin").GetString());
    }
}
