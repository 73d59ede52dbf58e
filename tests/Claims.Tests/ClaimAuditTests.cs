using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Platform.Claims.Claims;
using Platform.Claims.Lookup;
using Platform.Contracts.Audit;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

/// <summary>ACC-05: every PHI read and every change is recorded durably, with who, what, when and from where.</summary>
public sealed class ClaimAuditTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    private readonly HttpClient staff = service.ClientWith(TestTokens.PlanStaff);

    [Fact]
    public async Task ACC_05_a_claim_read_is_committed_naming_the_user_the_claim_and_the_member_before_the_answer()
    {
        var claimNumber = await service.RecordAsync(staff);
        var subject = $"reader-{Guid.NewGuid():N}";
        using var reader = service.ClientWith(TestTokens.ForSubject(subject, Roles.PlanStaff, Modules.Claims));
        var trace = ActivityTraceId.CreateRandom().ToString();

        using var response = await reader.SendAsync(Read(claimNumber, trace, forwardedFor: "203.0.113.7"), TestContext.Current.CancellationToken);
        var claim = await ClaimsFixture.DetailAsync(response);

        // No waiting: the entry must already be durable when the answer arrives.
        var (_, entry) = Assert.Single(await AuditEntriesAsync(), e => e.Entry.TraceId == trace);
        Assert.Equal(
            (subject, $"Test {subject}", AuditActions.Read, nameof(Claim), claimNumber, "claims", "203.0.113.7"),
            (entry.UserId, entry.UserName, entry.Action, entry.ResourceType, entry.ResourceId, entry.Service, entry.ClientAddress));
        Assert.Equal([claim.Member.Cin], entry.MemberIds);
        Assert.Equal([claimNumber], entry.ClaimIds);
    }

    [Fact]
    public async Task ACC_05_a_change_commits_its_entry_with_the_change_so_a_refused_or_losing_change_records_none()
    {
        var claimNumber = await service.RecordAsync(staff, billed: 100.00m);
        using var tooMuch = await staff.PostAsJsonAsync(Adjudication(claimNumber), TestClaims.Finalization(100.00m, 100.01m), TestContext.Current.CancellationToken);

        // Concurrent finalizations: one wins; the others lose on the row version at SaveChanges (409), or, arriving
        // after it, find the same determination already made and change nothing (200).
        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            staff.PostAsJsonAsync(Adjudication(claimNumber), TestClaims.Finalization(100.00m, 60.00m), TestContext.Current.CancellationToken)));

        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.All(attempts, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var changes = (await AuditEntriesAsync()).Where(e => e.Entry.ResourceId == claimNumber).Select(e => e.Entry.Action).ToList();
        Assert.Equal([AuditActions.Create, AuditActions.Update], changes);
    }

    [Fact]
    public async Task ACC_05_concurrent_reads_share_commits_and_each_is_durable_before_its_answer()
    {
        const int reads = 40;
        var claimNumber = await service.RecordAsync(staff);
        using var reader = service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Claims));

        var traces = await Task.WhenAll(Enumerable.Range(0, reads).Select(async _ =>
        {
            var trace = ActivityTraceId.CreateRandom().ToString();
            using var response = await reader.SendAsync(Read(claimNumber, trace), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(await service.QueryAsync(db => AuditOutbox.HasTraceAsync(db, trace)), $"No committed entry for {trace} when it was answered.");
            return trace;
        }));

        var entries = (await AuditEntriesAsync()).Where(e => traces.Contains(e.Entry.TraceId ?? "")).ToList();
        Assert.Equal(reads, entries.Count);
        Assert.InRange(entries.Select(e => e.Row).Distinct().Count(), 1, reads - 1);
    }

    private static HttpRequestMessage Read(string claimNumber, string traceId, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/claims/{claimNumber}");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return request;
    }

    private static string Adjudication(string claimNumber) => $"/api/v1/claims/{claimNumber}/adjudication";

    private Task<IReadOnlyList<(long Row, AuditRecord Entry)>> AuditEntriesAsync() => service.QueryAsync(AuditOutbox.EntriesAsync);
}
