using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Eligibility;
using Platform.Eligibility.Data;
using Platform.Eligibility.Members;
using Platform.Eligibility.Population;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Outbox;
using Platform.Synthetic;
using Platform.Testing;
using Xunit;

namespace Platform.Eligibility.Tests;

public sealed class PopulationLoaderTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>, IAsyncLifetime
{
    private static readonly SyntheticPopulation Thousand = new(1_000, 11, Population.Today);
    private static readonly Lock Gate = new();
    private static Task<PopulationLoaded?>? loaded;

    private readonly HttpClient staff = service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Members));

    /// <summary>The class's tests share one load of the thousand members into the fixture's database.</summary>
    public async ValueTask InitializeAsync()
    {
        lock (Gate)
        {
            loaded ??= LoadAsync(Thousand, announce: DateTimeOffset.UtcNow);
        }

        Assert.NotNull(await loaded);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_thousand_members_load_with_their_spans_and_providers_in_under_five_seconds()
    {
        var result = (await loaded!)!;
        var counts = await service.QueryAsync(async db => (await db.Members.CountAsync(), await db.CoverageSpans.CountAsync(), await db.Providers.CountAsync()));

        Assert.Equal((1_000, (int)result.Spans, Thousand.Providers.Count), counts);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(5), $"{result.Elapsed}");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(421)]
    [InlineData(999)]
    public async Task ELG_01_ELG_02_a_loaded_member_is_found_by_the_CIN_of_its_index_with_its_status(int index)
    {
        var member = Thousand.Member(index);

        var found = Assert.Single((await LookupAsync(SyntheticIds.Cin(index))).Results);

        var expected = EligibilityRule.AsOf(member.Spans, Population.Today);
        Assert.Equal((member.Cin, member.LastName, expected.Status, expected.Span?.Program, expected.Span?.PcpNpi),
            (found.Member!.Cin, found.Member.LastName, found.Status, found.Network, found.PcpNpi));
    }

    [Fact]
    public async Task ELG_01_a_loaded_Medicare_member_is_found_by_its_MBI()
    {
        var member = Thousand.Members().First(m => m.Mbi is not null);

        var found = Assert.Single((await LookupAsync(member.Mbi!)).Results);

        Assert.Equal(member.Cin, found.Member!.Cin);
    }

    [Fact]
    public async Task ELG_08_a_load_that_announces_commits_one_MemberEligibilityChanged_per_member_with_its_coverage()
    {
        var announced = await service.QueryAsync(async db => (await db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.Type.StartsWith(typeof(MemberEligibilityChanged).FullName!)).ToListAsync())
            .Select(m => JsonSerializer.Deserialize<MemberEligibilityChanged>(m.Payload, JsonSerializerOptions.Web)!)
            .ToList());
        var member = Thousand.Member(421);

        Assert.Equal(1_000, announced.Select(a => a.Cin).Distinct().Count());
        var its = Assert.Single(announced, a => a.Cin == member.Cin);
        Assert.Equal((member.LastName, member.Spans.Count), (its.LastName, its.Coverage.Count));
    }

    [Fact]
    public async Task ELG_08_an_announcement_carries_the_members_MEDS_ID_and_MBI_for_copies_found_by_any_id()
    {
        var member = Thousand.Members().First(m => m.Mbi is not null);

        var its = await service.QueryAsync(async db => JsonSerializer.Deserialize<MemberEligibilityChanged>((await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type.StartsWith(typeof(MemberEligibilityChanged).FullName!))
            .FirstAsync(m => EF.Functions.JsonContains(m.Payload, $"{{\"cin\":\"{member.Cin}\"}}"))).Payload, JsonSerializerOptions.Web)!);

        Assert.Equal((member.MedsId, member.Mbi), (its.MedsId, its.Mbi));
    }

    [Fact]
    public async Task A_second_load_into_a_populated_members_table_is_refused_and_changes_nothing()
    {
        var before = await service.QueryAsync(db => db.Members.CountAsync());

        Assert.Null(await LoadAsync(new SyntheticPopulation(10, 12, Population.Today)));
        Assert.Equal(before, await service.QueryAsync(db => db.Members.CountAsync()));
    }

    private async Task<PopulationLoaded?> LoadAsync(SyntheticPopulation population, DateTimeOffset? announce = null)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await new PopulationLoader(scope.ServiceProvider.GetRequiredService<EligibilityDbContext>()).LoadAsync(population, announce, TestContext.Current.CancellationToken);
    }

    private async Task<MemberLookupResponse> LookupAsync(string id)
    {
        using var response = await staff.GetAsync($"/api/v1/members?id={id}", TestContext.Current.CancellationToken);
        return await response.OkAsync<MemberLookupResponse>();
    }
}
