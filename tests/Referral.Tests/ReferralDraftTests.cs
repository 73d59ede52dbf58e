using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Referral.Referrals;
using Xunit;

namespace Platform.Referral.Tests;

public sealed class ReferralDraftTests(ReferralFixture service) : IClassFixture<ReferralFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<(Guid Id, JsonElement Draft)> NewDraftAsync(HttpClient office, string servicingNpi)
    {
        var draft = await ReferralWorld.Step(await office.PostAsync("/api/v1/referral-drafts", null, Cancellation));
        var id = draft.GetProperty("id").GetGuid();
        return (id, await ReferralWorld.Step(await office.PutAsJsonAsync($"/api/v1/referral-drafts/{id}/servicing-provider", new { npi = servicingNpi }, Cancellation)));
    }

    [Fact]
    public async Task REF_06_a_tertiary_provider_raises_the_warning_with_its_explanation_tooltip_and_two_choices()
    {
        var world = await ReferralWorld.CreateAsync(service);
        using var office = world.Office(service);

        var (_, draft) = await NewDraftAsync(office, world.Tertiary);

        Assert.Equal("TertiaryWarning", draft.GetProperty("step").GetString());
        var warning = draft.GetProperty("warning");
        Assert.Equal(RedirectWording.TertiaryWarning, warning.GetProperty("title").GetString());
        Assert.Equal(RedirectWording.TertiaryWarningBody, warning.GetProperty("body").GetString());
        Assert.False(string.IsNullOrEmpty(warning.GetProperty("tooltip").GetString()));
        Assert.Equal(["SelectNewProvider", "Continue"], warning.GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
        Assert.False(draft.GetProperty("canProceed").GetBoolean());
    }

    [Fact]
    public async Task REF_06_select_new_provider_drops_the_tertiary_one()
    {
        var world = await ReferralWorld.CreateAsync(service);
        using var office = world.Office(service);
        var (id, _) = await NewDraftAsync(office, world.Tertiary);

        var draft = await ReferralWorld.Step(await office.PostAsJsonAsync($"/api/v1/referral-drafts/{id}/tertiary-warning", new { choice = "SelectNewProvider" }, Cancellation));

        Assert.Equal("NoProvider", draft.GetProperty("step").GetString());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("servicingProvider").ValueKind);
    }

    [Fact]
    public async Task REF_07_continue_with_a_tertiary_provider_defaults_to_No_and_Next_waits_for_a_justification()
    {
        var world = await ReferralWorld.CreateAsync(service);
        using var office = world.Office(service);
        var (id, _) = await NewDraftAsync(office, world.Tertiary);

        var continued = await ReferralWorld.Step(await office.PostAsJsonAsync($"/api/v1/referral-drafts/{id}/tertiary-warning", new { choice = "Continue" }, Cancellation));
        var justified = await ReferralWorld.Step(await office.PutAsJsonAsync($"/api/v1/referral-drafts/{id}/redirect",
            new { allow = false, justification = "Only the academic center offers this procedure." }, Cancellation));

        Assert.Equal((RedirectWording.TertiaryQuestion, false, false), (continued.GetProperty("question").GetString(),
            continued.GetProperty("allowRedirect").GetBoolean(), continued.GetProperty("canProceed").GetBoolean()));
        Assert.Equal(RedirectWording.TertiaryJustificationPlaceholder, continued.GetProperty("justificationPlaceholder").GetString());
        Assert.Contains("Explain the need for a tertiary care provider", continued.GetProperty("nextRefusal").GetString());
        Assert.True(justified.GetProperty("canProceed").GetBoolean());
    }

    [Fact]
    public async Task REF_07_a_submission_from_a_draft_whose_Next_is_refused_is_not_submitted()
    {
        var world = await ReferralWorld.CreateAsync(service);
        using var office = world.Office(service);
        var (id, _) = await NewDraftAsync(office, world.Tertiary);
        await ReferralWorld.Step(await office.PostAsJsonAsync($"/api/v1/referral-drafts/{id}/tertiary-warning", new { choice = "Continue" }, Cancellation));

        using var response = await ReferralWorld.SubmitAsync(office, world.Request(id));

        await Problems.AssertFieldAsync(response, HttpStatusCode.BadRequest, "draftId", "Explain the need for a tertiary care provider");
    }

    [Fact]
    public async Task REF_08_changing_a_tertiary_No_to_Yes_clears_the_provider_and_the_new_one_is_confirmed_with_the_note()
    {
        var world = await ReferralWorld.CreateAsync(service);
        using var office = world.Office(service);
        var (id, _) = await NewDraftAsync(office, world.Tertiary);
        await ReferralWorld.Step(await office.PostAsJsonAsync($"/api/v1/referral-drafts/{id}/tertiary-warning", new { choice = "Continue" }, Cancellation));

        var cleared = await ReferralWorld.Step(await office.PutAsJsonAsync($"/api/v1/referral-drafts/{id}/redirect", new { allow = true }, Cancellation));
        var confirmed = await ReferralWorld.Step(await office.PutAsJsonAsync($"/api/v1/referral-drafts/{id}/servicing-provider", new { npi = world.Specialist }, Cancellation));

        Assert.Equal(("AwaitingNewProvider", JsonValueKind.Null), (cleared.GetProperty("step").GetString(), cleared.GetProperty("servicingProvider").ValueKind));
        Assert.Equal((world.Specialist, true, RedirectWording.RedirectNote, true), (confirmed.GetProperty("servicingProvider").GetProperty("npi").GetString(),
            confirmed.GetProperty("allowRedirect").GetBoolean(), confirmed.GetProperty("justification").GetString(), confirmed.GetProperty("canProceed").GetBoolean()));
    }

    [Fact]
    public async Task REF_09_a_community_provider_defaults_to_Yes_and_No_needs_a_justification()
    {
        var world = await ReferralWorld.CreateAsync(service);
        using var office = world.Office(service);
        var (id, chosen) = await NewDraftAsync(office, world.Specialist);

        var no = await ReferralWorld.Step(await office.PutAsJsonAsync($"/api/v1/referral-drafts/{id}/redirect", new { allow = false }, Cancellation));

        Assert.Equal((RedirectWording.Question, true, true), (chosen.GetProperty("question").GetString(), chosen.GetProperty("allowRedirect").GetBoolean(),
            chosen.GetProperty("canProceed").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, chosen.GetProperty("warning").ValueKind);
        Assert.False(no.GetProperty("canProceed").GetBoolean());
    }

    [Fact]
    public async Task REF_06_the_warning_must_be_answered_before_another_provider_is_selected()
    {
        var world = await ReferralWorld.CreateAsync(service);
        using var office = world.Office(service);
        var (id, _) = await NewDraftAsync(office, world.Tertiary);

        using var response = await office.PutAsJsonAsync($"/api/v1/referral-drafts/{id}/servicing-provider", new { npi = world.Specialist }, Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_provider_not_in_the_directory_is_refused_naming_the_field()
    {
        var world = await ReferralWorld.CreateAsync(service);
        using var office = world.Office(service);
        var draft = await ReferralWorld.Step(await office.PostAsync("/api/v1/referral-drafts", null, Cancellation));

        using var response = await office.PutAsJsonAsync($"/api/v1/referral-drafts/{draft.GetProperty("id").GetGuid()}/servicing-provider",
            new { npi = Testing.TestData.Npi() }, Cancellation);

        await Problems.AssertFieldAsync(response, HttpStatusCode.BadRequest, "npi", "not in the provider directory");
    }

    [Fact]
    public async Task Another_persons_draft_is_not_found()
    {
        var world = await ReferralWorld.CreateAsync(service);
        using var office = world.Office(service);
        using var colleague = world.Office(service);
        var (id, _) = await NewDraftAsync(office, world.Specialist);

        using var response = await colleague.GetAsync($"/api/v1/referral-drafts/{id}", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_draft_untouched_for_30_days_is_purged_and_a_recent_one_kept()
    {
        var world = await ReferralWorld.CreateAsync(service);
        using var office = world.Office(service);
        var (kept, _) = await NewDraftAsync(office, world.Specialist);
        var (stale, _) = await NewDraftAsync(office, world.Specialist);
        await service.QueryAsync(db => db.ReferralDrafts.Where(d => d.Id == stale)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.UpdatedAt, DateTimeOffset.UtcNow.AddDays(-31))));

        await service.QueryAsync(db => Drafts.ReferralDraftPurge.PurgeAsync(db, DateTimeOffset.UtcNow - Drafts.ReferralDraftPurge.Retention, Cancellation));

        using var gone = await office.GetAsync($"/api/v1/referral-drafts/{stale}", Cancellation);
        using var still = await office.GetAsync($"/api/v1/referral-drafts/{kept}", Cancellation);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (gone.StatusCode, still.StatusCode));
    }
}
