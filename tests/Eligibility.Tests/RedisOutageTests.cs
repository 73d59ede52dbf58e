using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Eligibility.Members;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;
using static Platform.Eligibility.Tests.EnrollmentBatches;

namespace Platform.Eligibility.Tests;

/// <summary>A Redis outage slows the platform down at most; it never fails a request (ARCHITECTURE: Data).</summary>
public sealed class RedisOutageTests(EligibilityWithoutRedisFixture service) : IClassFixture<EligibilityWithoutRedisFixture>
{
    private readonly HttpClient staff = service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Members));

    [Fact]
    public async Task ELG_01_with_Redis_down_every_lookup_by_id_answers_from_the_database_promptly()
    {
        var pcp = Population.Provider(name: "Dr. Lee Park");
        var member = Population.Member(medicare: true).CoveredBy("CCN", pcp.Npi, Population.Today.AddMonths(-1));
        await service.SaveAsync(pcp, member);
        // The first request of the class pays for compiling its queries; what is timed is each lookup after it.
        await LookupAsync(member.Cin);
        var slowest = TimeSpan.Zero;
        var names = new List<(string?, string?)>();

        foreach (var id in new[] { member.Cin, member.MedsId, member.Mbi!, member.Cin, member.MedsId, member.Mbi! })
        {
            var clock = Stopwatch.StartNew();
            var found = await LookupAsync(id);
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            names.Add((found.Member?.Cin, found.PcpName));
        }

        Assert.All(names, name => Assert.Equal((member.Cin, "Dr. Lee Park"), name));
        Assert.True(slowest < TimeSpan.FromSeconds(1), $"The slowest lookup took {slowest}.");
    }

    [Fact]
    public async Task ELG_08_with_Redis_down_an_enrollment_batch_applies_and_the_next_lookup_sees_it()
    {
        var member = Population.Member().CoveredBy(CoverageSpan.Direct, null, Population.Today.AddYears(-1));
        await service.SaveAsync(member);
        await LookupAsync(member.Cin);

        using var response = await staff.PostBatchAsync(Batch(NewId(), Termination(member.Cin, Population.Today.AddDays(-1))));

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(EligibilityStatus.NotEligible, (await LookupAsync(member.Cin)).Status);
        Assert.False(await service.Services.GetRequiredService<MemberCache>().InvalidateAsync([member.Cin], TestContext.Current.CancellationToken));
    }

    private async Task<MemberLookupResult> LookupAsync(string id)
    {
        using var response = await staff.GetAsync($"/api/v1/members?id={id}", TestContext.Current.CancellationToken);
        return Assert.Single((await response.OkAsync<MemberLookupResponse>()).Results);
    }
}
