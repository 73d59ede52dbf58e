using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Platform.Contracts.Audit;
using Platform.Identity.Audit;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>ACC-05: the EA asks the trail who did what, by user, by member and by date range.</summary>
public sealed class AuditEntriesTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private readonly HttpClient ea = service.ClientWith(TestTokens.For(Roles.Ea));

    [Fact]
    public async Task ACC_05_an_EA_pages_through_what_a_user_did_newest_first()
    {
        var user = $"user-{Guid.NewGuid():N}";
        var entries = await StoreAsync([
            .. Enumerable.Range(0, 5).Select(i => AuditRecords.Entry(user, AuditRecords.Monday.AddMinutes(i))),
            AuditRecords.Entry(at: AuditRecords.Monday.AddMinutes(2))]);

        var seen = await AllPagesAsync($"userId={user}&limit=2");

        Assert.Equal(entries.Where(e => e.UserId == user).OrderByDescending(e => e.At).Select(e => e.Id), seen.Select(e => e.Id));
    }

    [Fact]
    public async Task ACC_05_an_EA_finds_every_access_to_a_member()
    {
        var member = TestData.Cin();
        var entries = await StoreAsync([
            AuditRecords.Entry(memberIds: [TestData.Cin(), member]),
            AuditRecords.Entry(memberIds: [TestData.Cin()]),
            AuditRecords.Entry(at: AuditRecords.Monday.AddHours(1), memberIds: [member])]);

        var seen = await AllPagesAsync($"memberId={member}");

        Assert.Equal([entries[2].Id, entries[0].Id], seen.Select(e => e.Id));
    }

    [Fact]
    public async Task ACC_05_an_EA_narrows_to_a_date_range_from_inclusive_to_exclusive_in_any_offset()
    {
        var user = $"user-{Guid.NewGuid():N}";
        var entries = await StoreAsync([
            .. new[] { -1440, 0, 90, 1440 }.Select(minutes => AuditRecords.Entry(user, AuditRecords.Monday.AddMinutes(minutes)))]);

        // 11:00+02:00 is Monday 09:00 UTC; the range ends a day later, exclusive.
        var seen = await AllPagesAsync($"userId={user}&from=2026-11-02T11:00:00%2B02:00&to=2026-11-03T09:00:00Z");

        Assert.Equal([entries[2].Id, entries[1].Id], seen.Select(e => e.Id));
    }

    [Fact]
    public async Task ACC_05_only_an_EA_reads_the_trail()
    {
        using var anonymous = service.CreateClient();
        var others = new[] { TestTokens.For(Roles.Loa, [.. Modules.All]), TestTokens.PlanStaff, TestTokens.For(Roles.User, Modules.Members) };

        using var unauthenticated = await anonymous.GetAsync("/api/v1/audit-entries", TestContext.Current.CancellationToken);
        var refused = await Task.WhenAll(others.Select(token =>
            service.ClientWith(token).GetAsync("/api/v1/audit-entries", TestContext.Current.CancellationToken)));

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.All(refused, response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("from=2026-11-03&to=2026-11-02", "from")]
    [InlineData("from=last-tuesday", "from")]
    [InlineData("to=2026-13-01", "to")]
    [InlineData("after=somewhere", "after")]
    public async Task ACC_05_a_bad_query_is_a_problem_naming_the_field(string query, string field)
    {
        using var response = await ea.GetAsync($"/api/v1/audit-entries?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Equal([field], problem!.Errors.Keys);
    }

    private async Task<List<AuditEntry>> StoreAsync(List<AuditEntry> entries)
    {
        await service.QueryAsync(db =>
        {
            db.AuditEntries.AddRange(entries);
            return db.SaveChangesAsync();
        });
        return entries;
    }

    private async Task<List<AuditRecord>> AllPagesAsync(string query)
    {
        var seen = new List<AuditRecord>();
        string? after = null;
        do
        {
            var page = await ea.GetFromJsonAsync<Page<AuditRecord>>(
                $"/api/v1/audit-entries?{query}{(after is null ? "" : $"&after={after}")}", TestContext.Current.CancellationToken);
            seen.AddRange(page!.Items);
            after = page.Next;
        }
        while (after is not null);

        return seen;
    }
}
