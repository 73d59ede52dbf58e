using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;
using static Platform.Reporting.Tests.AttestationWorld;

namespace Platform.Reporting.Tests;

public sealed class AttestationSearchTests(ReportingFixture service) : IClassFixture<ReportingFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("initial", "2024-01-31", "2024-03-01")]
    [InlineData("Annual", "2024-02-29", "2024-12-31")]
    public async Task RPT_04_the_due_date_of_either_kind_is_given_for_a_joining_date(string kind, string joined, string due)
    {
        using var caller = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Attestation));

        var answer = await caller.GetFromJsonAsync<JsonElement>($"/api/v1/attestations/due-date?kind={kind}&joined={joined}", Cancellation);

        Assert.Equal(due, answer.GetProperty("dueDate").GetString());
    }

    [Theory]
    [InlineData("joined=2026-01-01", "kind")]
    [InlineData("kind=monthly&joined=2026-01-01", "kind")]
    [InlineData("kind=1&joined=2026-01-01", "kind")]
    [InlineData("kind=initial", "joined")]
    [InlineData("kind=initial&joined=01/15/2026", "joined")]
    [InlineData("kind=initial&joined=2026-02-30", "joined")]
    [InlineData("kind=annual&joined=9999-12-31", "joined")]
    public async Task RPT_04_a_missing_or_malformed_kind_or_joining_date_is_a_400_naming_it(string query, string field)
    {
        using var caller = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Attestation));

        using var response = await caller.GetAsync($"/api/v1/attestations/due-date?{query}", Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task RPT_04_the_initial_search_by_name_provider_id_or_TIN_shows_the_callers_providers_with_due_date_status_and_overdue()
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);

        var byName = await SearchAsync(office, $"kind=initial&name={world.Tag.ToLowerInvariant()}");
        var byNpi = await SearchAsync(office, $"kind=initial&npi={world.Recent.Npi}");
        var byTin = await SearchAsync(office, $"kind=initial&tin={world.Tin[..2]}-{world.Tin[2..]}");
        // ACC-01: the other office's provider is never listed, even asked for by its own id.
        var other = await SearchAsync(office, $"kind=initial&npi={world.Other.Npi}");

        Assert.Equal(world.Office.Order(), Npis(byName).Order());
        Assert.Equal([world.Recent.Npi], Npis(byNpi));
        Assert.Equal(world.Office.Order(), Npis(byTin).Order());
        Assert.Empty(Npis(other));
        var overdue = Row(byName, world.Overdue.Npi);
        Assert.Equal((Today.AddDays(-10).ToString("yyyy-MM-dd"), "Pending", true), (overdue.GetProperty("dueDate").GetString(), overdue.GetProperty("status").GetString(), overdue.GetProperty("overdue").GetBoolean()));
        var recent = Row(byName, world.Recent.Npi);
        Assert.Equal((Today.AddDays(25).ToString("yyyy-MM-dd"), false), (recent.GetProperty("dueDate").GetString(), recent.GetProperty("overdue").GetBoolean()));
    }

    [Fact]
    public async Task RPT_04_the_annual_search_by_TIN_shows_this_years_December_31()
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);

        var annual = await SearchAsync(office, $"kind=annual&tin={world.Tin}");

        Assert.Equal(2, annual.GetProperty("items").GetArrayLength());
        Assert.All(annual.GetProperty("items").EnumerateArray(), row =>
            Assert.Equal(($"{Today.Year}-12-31", "Annual"), (row.GetProperty("dueDate").GetString(), row.GetProperty("kind").GetString())));
    }

    [Fact]
    public async Task RPT_04_a_name_is_searched_as_typed_wildcards_included()
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);

        var wildcard = await SearchAsync(office, "kind=initial&name=%25");
        var underscore = await SearchAsync(office, $"kind=initial&name={world.Tag}_");

        Assert.Empty(Npis(wildcard));
        Assert.Empty(Npis(underscore));
    }

    [Theory]
    [InlineData("kind=annual&name=Reyes", "name")]
    [InlineData("kind=annual&npi=1000000018", "npi")]
    [InlineData("name=Reyes", "kind")]
    [InlineData("kind=initial&npi=1234567890", "npi")]
    [InlineData("kind=initial&tin=12345", "tin")]
    [InlineData("kind=initial&after=zzz", "after")]
    [InlineData("kind=initial&limit=0", "limit")]
    public async Task RPT_04_the_annual_search_is_by_TIN_only_and_a_bad_filter_is_a_400_naming_it(string query, string field)
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);

        using var response = await office.GetAsync($"/api/v1/attestations?{query}", Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task RPT_04_the_search_is_paged_by_provider_id()
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);

        var first = await SearchAsync(office, $"kind=initial&tin={world.Tin}&limit=1");
        var second = await SearchAsync(office, $"kind=initial&tin={world.Tin}&limit=1&after={first.GetProperty("next").GetString()}");

        Assert.Equal(world.Office.Order(), Npis(first).Concat(Npis(second)).Order());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task RPT_05_the_status_list_shows_the_initial_and_every_annual_owed_and_ACC_01_hides_another_offices_provider()
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);

        var list = await office.GetFromJsonAsync<JsonElement>($"/api/v1/attestations/providers/{world.Overdue.Npi}", Cancellation);
        using var other = await office.GetAsync($"/api/v1/attestations/providers/{world.Other.Npi}", Cancellation);
        using var malformed = await office.GetAsync("/api/v1/attestations/providers/12345", Cancellation);

        var kinds = list.GetProperty("attestations").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ToList();
        Assert.Contains("Initial", kinds);
        Assert.Equal(Today.Year - Today.AddDays(-40).Year + 1, kinds.Count(k => k == "Annual"));
        await AssertProblemAsync(other, HttpStatusCode.NotFound);
        await AssertProblemAsync(malformed, HttpStatusCode.BadRequest, "npi");
    }

    [Fact]
    public async Task RPT_04_the_plans_staff_see_every_provider_and_a_caller_without_the_Attestation_module_none()
    {
        var world = await CreateAsync(service);
        using var ea = service.ClientWith(TestTokens.Administrator);
        using var withoutModule = world.OfficeClient(service, Modules.Reports);

        var all = await SearchAsync(ea, $"kind=initial&name={world.Tag}");
        using var refused = await withoutModule.GetAsync("/api/v1/attestations?kind=initial", Cancellation);

        Assert.Equal(3, all.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task ACC_06_a_partner_client_given_the_Attestation_module_sees_only_its_networks_providers()
    {
        var world = await CreateAsync(service);
        using var network = service.ClientWith(TestTokens.ForPartner("CCN", Modules.Attestation));
        using var another = service.ClientWith(TestTokens.ForPartner("ALTAMED", Modules.Attestation));

        var theirs = await SearchAsync(network, $"kind=initial&name={world.Tag}");
        var none = await SearchAsync(another, $"kind=initial&name={world.Tag}");

        Assert.Equal(3, theirs.GetProperty("items").GetArrayLength());
        Assert.Equal(0, none.GetProperty("items").GetArrayLength());
    }

    private static Task<JsonElement> SearchAsync(HttpClient caller, string query) =>
        caller.GetFromJsonAsync<JsonElement>($"/api/v1/attestations?{query}", Cancellation);

    private static IEnumerable<string> Npis(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("npi").GetString()!);

    private static JsonElement Row(JsonElement page, string npi) => page.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("npi").GetString() == npi);
}
