using System.Net.Http.Json;
using Platform.Roster.Directory;
using Platform.Roster.Entries;
using Platform.Roster.Rosters;
using Platform.ServiceDefaults;
using Xunit;

namespace Platform.Roster.Tests;

/// <summary>The roster's calls as the tests make them.</summary>
public static class RosterTesting
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> AddAsync(
        this HttpClient client, string memberId, IEnumerable<string> npis, string? rosterType = "BH", DateOnly? relationshipDate = null, DateOnly? dateOfBirth = null) =>
        client.PostAsJsonAsync("/api/v1/rosters/entries", new { memberId, providerNpis = npis.ToArray(), rosterType, relationshipDate, dateOfBirth }, Cancellation);

    public static async Task<AddToRosterResponse> AddedAsync(this HttpClient client, string memberId, params string[] npis)
    {
        using var response = await client.AddAsync(memberId, npis);
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<AddToRosterResponse>(Cancellation))!;
    }

    public static async Task<Page<RosterMemberResponse>> RosterAsync(this HttpClient client, string npi, string query = "") =>
        (await client.GetFromJsonAsync<Page<RosterMemberResponse>>($"/api/v1/rosters/{npi}/members{query}", Cancellation))!;

    public static async Task<Page<RosterProvider>> ProvidersAsync(this HttpClient client, string path) =>
        (await client.GetFromJsonAsync<Page<RosterProvider>>(path, Cancellation))!;
}
