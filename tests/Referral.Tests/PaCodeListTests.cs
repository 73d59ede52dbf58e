using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Http;
using Platform.Referral.PriorAuthorization;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Referral.Tests;

public sealed class PaCodeListTests(ReferralFixture service) : IClassFixture<ReferralFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Office() => service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Referrals));

    private HttpClient Staff() => service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Referrals));

    [Fact]
    public async Task REF_02_a_code_on_the_list_in_force_on_the_date_of_service_needs_an_authorization()
    {
        using var office = Office();

        var mri = await office.GetFromJsonAsync<PaRequirement>("/api/v1/prior-authorization/requirements?code=70551&serviceDate=2026-11-15", Cancellation);

        Assert.Equal((true, "2026-Q4", "Advanced imaging"), (mri!.Required, mri.Quarter, mri.Category));
    }

    [Fact]
    public async Task REF_02_a_code_not_on_the_list_needs_none_and_is_not_to_be_submitted()
    {
        using var office = Office();

        var visit = await office.GetFromJsonAsync<PaRequirement>("/api/v1/prior-authorization/requirements?code=99213&serviceDate=2026-11-15", Cancellation);

        Assert.False(visit!.Required);
        Assert.Contains("does not require authorization — do NOT submit", visit.Message);
    }

    [Fact]
    public async Task REF_02_the_list_of_the_quarter_of_the_date_of_service_applies_and_a_later_quarter_keeps_the_last_one_published()
    {
        using var office = Office();

        var before = await office.GetFromJsonAsync<PaRequirement>("/api/v1/prior-authorization/requirements?code=0362T&serviceDate=2026-12-31", Cancellation);
        var after = await office.GetFromJsonAsync<PaRequirement>("/api/v1/prior-authorization/requirements?code=0362T&serviceDate=2027-01-01", Cancellation);
        var unpublished = await office.GetFromJsonAsync<PaRequirement>("/api/v1/prior-authorization/requirements?code=81162&serviceDate=2027-05-01", Cancellation);

        Assert.Equal((true, "2026-Q4"), (before!.Required, before.Quarter));
        Assert.Equal((false, "2027-Q1"), (after!.Required, after.Quarter));
        Assert.Equal((true, "2027-Q1"), (unpublished!.Required, unpublished.Quarter));
    }

    [Fact]
    public async Task REF_10_the_lists_BH_ABA_codes_are_marked_as_bypassing_the_modifier_rules()
    {
        using var office = Office();

        var list = await office.GetFromJsonAsync<PaCodeListResponse>("/api/v1/pa-code-lists/2026-Q4", Cancellation);

        Assert.Contains(list!.Codes, code => code.Code == "97153" && code.Category == PaCode.BehavioralHealthAba);
    }

    [Fact]
    public async Task REF_02_plan_staff_replace_a_quarters_list_whole_and_the_new_list_applies_at_once()
    {
        using var staff = Staff();
        using var office = Office();

        using var loaded = await PutAsync(staff, "2028-Q1", $"{PaCodeListCsv.Header}\n70551,\"MRI brain, without contrast\",Advanced imaging\ne0601,CPAP device,Durable medical equipment\n");

        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        Assert.Equal(2, (await loaded.Content.ReadFromJsonAsync<PaCodeListSummary>(Cancellation))!.Codes);
        var cpap = await office.GetFromJsonAsync<PaRequirement>("/api/v1/prior-authorization/requirements?code=E0601&serviceDate=2028-02-01", Cancellation);
        var knee = await office.GetFromJsonAsync<PaRequirement>("/api/v1/prior-authorization/requirements?code=29881&serviceDate=2028-02-01", Cancellation);
        Assert.Equal((true, false), (cpap!.Required, knee!.Required));
    }

    [Fact]
    public async Task REF_02_a_list_with_a_bad_line_loads_nothing_and_every_bad_line_is_named()
    {
        using var staff = Staff();

        using var refused = await PutAsync(staff, "2026-Q4", $"{PaCodeListCsv.Header}\n70551,MRI brain,Advanced imaging\n7055,Too short,Imaging\n70551,Twice,Imaging\n\"E0260,open quote,DME\n");

        var problem = await ProblemAsync(refused, "body");
        Assert.Equal(["line 3", "line 4", "line 5"], problem.Errors["body"].Select(message => message[..6]));
        using var office = Office();
        var list = await office.GetFromJsonAsync<PaCodeListResponse>("/api/v1/pa-code-lists/2026-Q4", Cancellation);
        Assert.True(list!.Codes.Count > 30, "The quarter's list stayed as it was.");
    }

    [Fact]
    public async Task REF_02_only_plan_staff_load_a_list_and_only_as_text_csv()
    {
        using var office = Office();
        using var staff = Staff();

        using var byOffice = await PutAsync(office, "2027-Q3", $"{PaCodeListCsv.Header}\n70551,MRI,Imaging\n");
        using var asJson = await staff.PutAsJsonAsync("/api/v1/pa-code-lists/2027-Q3", new { codes = new[] { "70551" } }, Cancellation);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.UnsupportedMediaType), (byOffice.StatusCode, asJson.StatusCode));
    }

    [Theory]
    [InlineData("/api/v1/prior-authorization/requirements?code=7055&serviceDate=2026-11-15", "code")]
    [InlineData("/api/v1/prior-authorization/requirements?code=70551", "serviceDate")]
    [InlineData("/api/v1/pa-code-lists/2026-Q5", "quarter")]
    public async Task REF_02_a_bad_code_date_or_quarter_is_a_400_naming_it(string path, string field)
    {
        using var office = Office();

        using var response = await office.GetAsync(path, Cancellation);

        await ProblemAsync(response, field);
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string quarter, string csv) =>
        await client.PutAsync($"/api/v1/pa-code-lists/{quarter}", new StringContent(csv, Encoding.UTF8, PaCodeListsApi.CsvMediaType), Cancellation);

    private static async Task<HttpValidationProblemDetails> ProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!;
        Assert.Contains(field, problem.Errors.Keys);
        return problem;
    }
}
