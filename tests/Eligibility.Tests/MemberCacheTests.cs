using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Eligibility;
using Platform.Eligibility.Members;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;
using static Platform.Eligibility.Tests.EnrollmentBatches;

namespace Platform.Eligibility.Tests;

/// <summary>
/// ELG-01 lookups by id are served from Redis, and ELG-08 changes reach them: a lookup after a committed change never
/// returns the old answer. A row changed straight in the database, behind the service's back, shows what the cache holds.
/// </summary>
public sealed class MemberCacheTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>
{
    private readonly HttpClient staff = service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Members));
    private readonly MemberCache cache = service.Services.GetRequiredService<MemberCache>();

    [Theory]
    [InlineData("cin")]
    [InlineData("medsId")]
    [InlineData("mbi")]
    public async Task ELG_01_a_repeated_lookup_by_any_id_is_served_from_the_cache_until_the_member_is_invalidated(string kind)
    {
        var member = Population.Member(medicare: true).CoveredBy("CCN", TestData.Npi(), Population.Today.AddMonths(-1));
        await service.SaveAsync(member);
        var id = kind switch { "cin" => member.Cin, "medsId" => member.MedsId, _ => member.Mbi! };
        // A MEDS ID or MBI first learns its CIN, then caches the member under it.
        await LastNameAsync(id);
        await LastNameAsync(id);

        await RenameBehindTheCacheAsync(member, "Renamed");
        var cached = await LastNameAsync(id);
        await cache.InvalidateAsync([member.Cin], TestContext.Current.CancellationToken);

        Assert.Equal((member.LastName, "Renamed"), (cached, await LastNameAsync(id)));
    }

    [Fact]
    public async Task ELG_01_a_MEDS_ID_moved_to_another_member_by_a_correction_no_longer_finds_the_first()
    {
        var first = Population.Member().CoveredBy("CCN", TestData.Npi(), Population.Today.AddMonths(-1));
        var second = Population.Member().CoveredBy("CCN", TestData.Npi(), Population.Today.AddMonths(-1));
        await service.SaveAsync(first, second);
        var medsId = first.MedsId;
        await LastNameAsync(medsId);
        await LastNameAsync(medsId);

        // As the enrollment feed corrects identifiers: in one commit, then both members invalidated.
        await service.QueryAsync(async db =>
        {
            await db.Members.Where(m => m.Cin == first.Cin).ExecuteUpdateAsync(s => s.SetProperty(m => m.MedsId, TestData.MedsId()));
            return await db.Members.Where(m => m.Cin == second.Cin).ExecuteUpdateAsync(s => s.SetProperty(m => m.MedsId, medsId));
        });
        await cache.InvalidateAsync([first.Cin, second.Cin], TestContext.Current.CancellationToken);

        Assert.Equal(second.LastName, await LastNameAsync(medsId));
    }

    [Fact]
    public async Task ELG_08_a_reader_that_read_the_member_before_a_change_cannot_cache_it_after_the_invalidation()
    {
        var member = Population.Member().CoveredBy("CCN", TestData.Npi(), Population.Today.AddMonths(-1));
        var old = new MemberEntry(MemberSummary.Of(member), member.Spans, new Dictionary<string, string>());
        var ct = TestContext.Current.CancellationToken;

        var reader = await cache.GetAsync(member.Cin, ct); // misses, then reads the database before the writer's commit
        await cache.InvalidateAsync([member.Cin], ct); // the writer, after its commit
        var refused = await cache.StoreAsync(old, reader.Generation!, ct);
        var next = await cache.GetAsync(member.Cin, ct); // a reader after the commit, which reads the new row
        var stored = await cache.StoreAsync(old, next.Generation!, ct);

        Assert.Equal((false, (MemberEntry?)null, true), (refused, next.Entry, stored));
        Assert.Equal(member.LastName, (await cache.GetAsync(member.Cin, ct)).Entry?.Member.LastName);
    }

    [Fact]
    public async Task ELG_08_MemberEligibilityChanged_invalidates_the_cached_member()
    {
        var member = Population.Member().CoveredBy("CCN", TestData.Npi(), Population.Today.AddMonths(-1));
        await service.SaveAsync(member);
        await LastNameAsync(member.Cin);
        await RenameBehindTheCacheAsync(member, "Renamed");

        await service.Services.GetRequiredService<IBus>().Publish(
            new MemberEligibilityChanged(member.Cin, 1, member.FirstName, "Renamed", member.DateOfBirth, [], "test", DateTimeOffset.UtcNow),
            TestContext.Current.CancellationToken);

        await Eventually.TrueAsync(async () => await LastNameAsync(member.Cin) == "Renamed");
    }

    [Fact]
    public async Task ELG_08_a_lookup_right_after_an_enrollment_batch_commits_sees_the_change()
    {
        var member = Population.Member().CoveredBy(CoverageSpan.Direct, null, Population.Today.AddYears(-1));
        await service.SaveAsync(member);
        Assert.Equal(EligibilityStatus.Eligible, (await LookupAsync(member.Cin)).Status);

        using var response = await staff.PostBatchAsync(Batch(NewId(), Termination(member.Cin, Population.Today.AddDays(-1))));

        Assert.Equal(EligibilityStatus.NotEligible, (await LookupAsync(member.Cin)).Status);
    }

    private Task RenameBehindTheCacheAsync(Member member, string lastName) => service.QueryAsync(db =>
        db.Members.Where(m => m.Cin == member.Cin).ExecuteUpdateAsync(s => s.SetProperty(m => m.LastName, lastName)));

    private async Task<string> LastNameAsync(string id) => (await LookupAsync(id)).Member!.LastName;

    private async Task<MemberLookupResult> LookupAsync(string id)
    {
        using var response = await staff.GetAsync($"/api/v1/members?id={id}", TestContext.Current.CancellationToken);
        return Assert.Single((await response.OkAsync<MemberLookupResponse>()).Results);
    }
}
