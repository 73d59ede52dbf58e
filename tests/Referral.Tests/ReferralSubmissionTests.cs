using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Referrals;
using Platform.ServiceDefaults.Outbox;
using Xunit;
using static Platform.Referral.Tests.ReferralWorld;

namespace Platform.Referral.Tests;

public sealed class ReferralSubmissionTests(ReferralFixture service) : IClassFixture<ReferralFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static IEnumerable<(string Rule, string Result)> Trace(JsonElement referral) =>
        referral.GetProperty("ruleTrace").EnumerateArray().Select(t => (t.GetProperty("rule").GetString()!, t.GetProperty("result").GetString()!));

    [Fact]
    public async Task REF_12_a_routine_request_that_passes_every_rule_is_approved_at_submission_with_its_rule_trace()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);

        var referral = await world.SubmittedAsync(office, world.Specialist);

        Assert.Equal(("Approved", true), (referral.GetProperty("status").GetString(), referral.GetProperty("decidedAutomatically").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, referral.GetProperty("dueAt").ValueKind);
        Assert.Equal(["ELG-02", "REF-03", "REF-04", "REF-02", "REF-10", "REF-05", "REF-09", "REF-12"], Trace(referral).Select(t => t.Rule));
        Assert.All(Trace(referral), t => Assert.Equal("Passed", t.Result));
        Assert.Equal(["Submitted", "Approved"], referral.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
        Assert.Equal(1, referral.GetProperty("lines")[0].GetProperty("approvedQuantity").GetInt32());
    }

    [Fact]
    public async Task REF_01_the_submission_announces_the_referral_and_its_decision_through_the_outbox()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);

        var number = (await world.SubmittedAsync(office, world.Specialist)).GetProperty("referralNumber").GetString()!;

        var types = await service.QueryAsync(db => db.Set<OutboxMessage>().Where(m => EF.Functions.JsonContains(m.Payload, $"{{\"referralNumber\":\"{number}\"}}"))
            .Select(m => m.Type).ToListAsync());
        Assert.Contains(types, t => t.StartsWith(typeof(ReferralSubmitted).FullName!, StringComparison.Ordinal));
        Assert.Contains(types, t => t.StartsWith(typeof(ReferralStatusChanged).FullName!, StringComparison.Ordinal));
        Assert.Contains(types, t => t.StartsWith(typeof(ReferralDecided).FullName!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task REF_02_a_service_not_on_the_list_is_refused_with_do_NOT_submit_and_nothing_is_saved()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);

        using var response = await SubmitAsync(office, world.Request(await ReadyDraftAsync(office, world.Specialist), [Line("70551"), Line("99214")]));

        await Problems.AssertFieldAsync(response, HttpStatusCode.BadRequest, "lines[1].procedureCode", "does not require authorization — do NOT submit");
        Assert.Equal(0, await service.QueryAsync(db => db.Referrals.CountAsync(r => r.Cin == world.Cin)));
    }

    [Theory]
    [InlineData("99284", "11", "Emergency services")] // an emergency visit code
    [InlineData("70551", "23", "Emergency services")] // a listed MRI, in the emergency room
    [InlineData("86703", "11", "(HIV) testing")]
    [InlineData("99393", "11", "Pediatric preventive services")]
    public async Task REF_03_services_that_need_no_authorization_are_refused_with_their_category(string code, string placeOfService, string category)
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);

        using var response = await SubmitAsync(office, world.Request(await ReadyDraftAsync(office, world.Specialist), [Line(code, placeOfService: placeOfService)]));

        await Problems.AssertFieldAsync(response, HttpStatusCode.BadRequest, "lines[0].procedureCode", category);
    }

    [Fact]
    public async Task REF_04_a_visit_to_a_physician_of_the_members_PCP_group_needs_no_authorization()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);

        using var response = await SubmitAsync(office, world.Request(await ReadyDraftAsync(office, world.GroupPeer), [Line("99215")]));

        await Problems.AssertFieldAsync(response, HttpStatusCode.BadRequest, "lines[0].procedureCode", "assigned PCP or a physician of the PCP's group");
    }

    [Fact]
    public async Task REF_04_a_specialists_99215_needs_its_own_authorization_and_an_initial_consult_one_too()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);

        var visit = await world.SubmittedAsync(office, world.Specialist, [Line("99215")]);
        var consult = await world.SubmittedAsync(office, world.Specialist, [Line("99244")]);

        Assert.Contains(("REF-04", "Applied"), Trace(visit));
        Assert.Equal("Approved", visit.GetProperty("status").GetString());
        Assert.Equal("Approved", consult.GetProperty("status").GetString());
    }

    [Fact]
    public async Task REF_05_urgent_without_a_stated_criterion_is_downgraded_to_routine_and_the_submitter_told()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);

        var referral = await world.SubmittedAsync(office, world.Specialist, urgency: "Urgent");

        Assert.Equal(("Urgent", "Routine"), (referral.GetProperty("requestedUrgency").GetString(), referral.GetProperty("urgency").GetString()));
        Assert.Contains(("REF-05", "Applied"), Trace(referral));
        Assert.Contains("Downgraded to routine", referral.GetProperty("ruleTrace").EnumerateArray().Single(t => t.GetProperty("rule").GetString() == "REF-05")
            .GetProperty("detail").GetString());
    }

    [Fact]
    public async Task REF_12_an_urgent_request_with_its_criterion_is_pended_due_within_72_hours()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);

        var referral = await world.SubmittedAsync(office, world.Specialist, urgency: "Urgent", urgentCriterion: "MaximumFunction");

        Assert.Equal(("Pended", "Urgent"), (referral.GetProperty("status").GetString(), referral.GetProperty("urgency").GetString()));
        var submitted = referral.GetProperty("submittedAt").GetDateTimeOffset();
        Assert.Equal(submitted.AddHours(72), referral.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task REF_12_a_service_needing_clinical_review_is_pended_with_a_routine_due_time_of_at_most_7_days()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);

        var referral = await world.SubmittedAsync(office, world.Specialist, [Line("29881")]);

        Assert.Equal("Pended", referral.GetProperty("status").GetString());
        Assert.Contains(("REF-12", "Pended"), Trace(referral));
        var wait = referral.GetProperty("dueAt").GetDateTimeOffset() - referral.GetProperty("submittedAt").GetDateTimeOffset();
        Assert.InRange(wait, TimeSpan.FromDays(5), TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task REF_07_a_tertiary_provider_without_a_redirect_is_pended_with_the_justification_kept()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);

        var referral = await world.SubmittedAsync(office, world.Tertiary, tertiary: true);

        Assert.Equal(("Pended", false, true), (referral.GetProperty("status").GetString(), referral.GetProperty("allowRedirect").GetBoolean(),
            referral.GetProperty("servicingTertiary").GetBoolean()));
        Assert.Contains(("REF-07", "Pended"), Trace(referral));
        Assert.StartsWith("Member needs", referral.GetProperty("redirectJustification").GetString());
    }

    [Fact]
    public async Task REF_10_a_BH_ABA_code_on_the_list_is_accepted_with_modifiers_that_void_other_lines()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);

        var aba = await world.SubmittedAsync(office, world.Aba, [Line("97153", 20, "11", "HN", "U1")]);
        using var other = await SubmitAsync(office, world.Request(await ReadyDraftAsync(office, world.Specialist), [Line("70551", 1, "11", "HN")]));

        Assert.Contains(("REF-10", "Applied"), Trace(aba));
        await Problems.AssertFieldAsync(other, HttpStatusCode.BadRequest, "lines[0].modifiers", "HN would void the line");
    }

    [Fact]
    public async Task REF_01_a_member_not_eligible_on_the_date_of_service_is_refused()
    {
        var world = await CreateAsync(service, coverageEnd: ServiceDate.AddDays(-1));
        using var office = world.Office(service);

        using var response = await SubmitAsync(office, world.Request(await ReadyDraftAsync(office, world.Specialist)));

        await Problems.AssertFieldAsync(response, HttpStatusCode.BadRequest, "serviceFrom", "is not eligible on");
    }

    [Fact]
    public async Task ACC_01_a_member_outside_the_callers_providers_is_not_found()
    {
        var world = await CreateAsync(service);
        var stranger = await CreateAsync(service);
        using var office = world.Office(service);
        var request = JsonSerializer.SerializeToElement(stranger.Request(await ReadyDraftAsync(office, world.Specialist)));

        using var response = await SubmitAsync(office, Retarget(request, world.Pcp));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ACC_01_a_requesting_provider_outside_the_callers_collection_is_refused()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);
        var request = JsonSerializer.SerializeToElement(world.Request(await ReadyDraftAsync(office, world.Specialist)));

        using var response = await SubmitAsync(office, Retarget(request, world.GroupPeer));

        await Problems.AssertFieldAsync(response, HttpStatusCode.BadRequest, "requestingNpi", "not one you may request for");
    }

    [Fact]
    public async Task REF_01_a_retry_with_the_same_key_answers_the_same_referral_and_other_content_under_it_is_a_conflict()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);
        var request = world.Request(await ReadyDraftAsync(office, world.Specialist));
        var key = Guid.NewGuid().ToString();

        var first = await Step(await SubmitAsync(office, request, key));
        using var retry = await SubmitAsync(office, request, key);
        using var other = await SubmitAsync(office, world.Request(await ReadyDraftAsync(office, world.Specialist), [Line("70552")]), key);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(first.GetProperty("referralNumber").GetString(), (await retry.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("referralNumber").GetString());
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal(1, await service.QueryAsync(db => db.Referrals.CountAsync(r => r.Cin == world.Cin)));
    }

    [Fact]
    public async Task REF_01_bad_fields_are_named_and_a_missing_key_is_a_400()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);
        var bad = new { draftId = Guid.NewGuid(), cin = "123", requestingNpi = "1234567890", serviceFrom = "2020-01-01", diagnosisCodes = new[] { "not a code" },
            lines = new[] { new { procedureCode = "ABC", modifiers = new[] { "TOOLONG" }, quantity = 0, placeOfService = "X" } }, urgency = "Soon" };

        using var response = await SubmitAsync(office, bad);
        using var keyless = await office.PostAsJsonAsync("/api/v1/referrals", world.Request(Guid.NewGuid()), Cancellation);

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["cin", "diagnosisCodes[0]", "lines[0].modifiers", "lines[0].placeOfService", "lines[0].procedureCode", "lines[0].quantity", "requestingNpi",
            "serviceFrom", "urgency"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, keyless.StatusCode);
    }

    /// <summary>The request as JSON with another requesting provider.</summary>
    private static JsonElement Retarget(JsonElement request, string requestingNpi)
    {
        var fields = request.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["requestingNpi"] = requestingNpi;
        return JsonSerializer.SerializeToElement(fields);
    }
}
