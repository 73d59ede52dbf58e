using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Claims.Claims;
using Platform.Claims.Data;
using Platform.Claims.Lookup;
using Platform.Claims.Seeding;
using Platform.ServiceDefaults;
using Platform.Contracts.Claims;
using Platform.Synthetic;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

/// <summary>Synthetic claims (issue 14's seed): loaded by COPY, adjudicated and paid as the service itself would have.</summary>
public sealed class SeedingTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    private static readonly DateOnly Today = TimeProvider.System.PlanToday();
    private static readonly SyntheticPlan Plan = new(300, 5, Today);

    private static Task<ClaimsSeeded?>? seeded;

    private Task<ClaimsSeeded?> SeedOnceAsync() => seeded ??= SeedAsync(ClaimBillers.Plan, announce: false);

    [Fact]
    public async Task Seed_claims_loads_exactly_the_lines_asked_for_with_their_members_and_refuses_a_second_load()
    {
        var loaded = Assert.IsType<ClaimsSeeded>(await SeedOnceAsync());

        Assert.Equal(2_000UL, loaded.Lines);
        Assert.Equal(loaded.Lines, (ulong)await service.QueryAsync(db => db.Claims.SelectMany(c => c.Lines).CountAsync()));
        Assert.Equal(300UL, loaded.NewMembers);
        Assert.Null(await SeedAsync(ClaimBillers.Plan, announce: false));
    }

    [Fact]
    public async Task CLM_02_every_determined_seeded_claim_balances_billed_less_adjustments_to_payable_line_by_line()
    {
        await SeedOnceAsync();
        var claims = await service.QueryAsync(db => db.Claims.AsNoTracking().Include(c => c.Lines).ToListAsync());

        var determined = claims.Where(c => c.Status.IsFinal()).ToList();
        Assert.True(determined.Count > claims.Count / 2, $"{determined.Count} of {claims.Count} determined");
        Assert.All(determined.SelectMany(c => c.Lines), l => Assert.Equal(l.BilledAmount - l.PayableAmount, l.Adjustments.Sum(a => a.Amount)));
        Assert.All(determined, c => Assert.Equal(c.Lines.Sum(l => l.PayableAmount), c.PayableAmount));
        Assert.Contains(claims, c => c.Status == ClaimStatus.Denied);
        Assert.Contains(claims, c => c.Status is ClaimStatus.Received or ClaimStatus.Pended);
    }

    [Fact]
    public async Task CLM_04_a_seeded_claim_received_more_than_a_year_after_service_is_denied_for_timely_filing()
    {
        await SeedOnceAsync();
        var claims = await service.QueryAsync(db => db.Claims.AsNoTracking().Include(c => c.Lines).ToListAsync());

        var late = claims.Where(c => TimelyFiling.IsLate(c.ServiceTo, c.ReceivedOn)).ToList();
        Assert.All(late, c => Assert.Equal((ClaimStatus.Denied, "29"), (c.Status, c.Lines[0].Adjustments.Single().Reason)));
    }

    [Fact]
    public async Task CLM_03_each_seeded_payment_is_the_sum_of_the_plan_paid_claims_it_names_and_network_claims_name_none()
    {
        await SeedOnceAsync();
        var payments = await service.QueryAsync(db => db.Payments.AsNoTracking()
            .Select(p => new { p.Amount, p.PayeeNpi, Paid = db.Claims.Where(c => c.PaymentId == p.Id).Sum(c => c.PayableAmount), Payees = db.Claims.Where(c => c.PaymentId == p.Id).Select(c => c.BillingNpi).Distinct().Count() })
            .ToListAsync());
        var networkPaid = await service.QueryAsync(db => db.Claims.CountAsync(c => c.HealthNetwork != null && c.PaymentId != null));

        Assert.NotEmpty(payments);
        Assert.All(payments, p => Assert.Equal((p.Amount, 1), (p.Paid!.Value, p.Payees)));
        Assert.All(payments, p => Assert.True(p.Amount > 0));
        Assert.Equal(0, networkPaid);
    }

    [Fact]
    public async Task CLM_01_a_seeded_members_claims_are_found_by_CIN_with_the_members_name()
    {
        await SeedOnceAsync();
        var cin = await service.QueryAsync(db => db.Claims.Where(c => c.HealthNetwork == null).Select(c => c.Cin).FirstAsync());
        var member = Plan.Members().Single(m => m.Cin == cin);

        using var response = await service.ClientWith(TestTokens.PlanStaff).GetAsync($"/api/v1/claims?cin={cin}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = (await response.Content.ReadFromJsonAsync<ClaimSearchPage>(JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!;
        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, r => Assert.Contains(member.LastName, r.MemberName));
    }

    [Fact]
    public void The_demo_offices_bill_the_demo_claims_and_the_pediatric_office_sees_children()
    {
        var claims = new SyntheticClaims(Plan, 5, Today, ClaimBillers.DemoOffices).Claims(3_000).Select(s => s.Claim).ToList();
        var members = Plan.Members().ToDictionary(m => m.Cin);

        Assert.All(claims, c => Assert.Contains(c.BillingNpi, DemoProviders.All.Select(p => p.Npi)));
        Assert.Equal(DemoProviders.All.Count, claims.Select(c => c.BillingNpi).Distinct().Count());
        var pediatric = DemoProviders.All.Where(p => p.Specialty.StartsWith("Pediatric", StringComparison.Ordinal)).Select(p => p.Npi).ToHashSet();
        var children = claims.Where(c => pediatric.Contains(c.BillingNpi)).Count(c => members[c.Cin].DateOfBirth > c.ServiceFrom.AddYears(-21));
        Assert.True(children >= claims.Count(c => pediatric.Contains(c.BillingNpi)) * 9 / 10, $"{children} children");
    }

    private async Task<ClaimsSeeded?> SeedAsync(ClaimBillers billers, bool announce)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        return await new ClaimsSeeder(db).SeedAsync(Plan, new SyntheticClaims(Plan, 5, Today, billers), 2_000, announce, CancellationToken.None);
    }
}

/// <summary>The demo's seed announces its claims, so eligibility's face sheet (ELG-04) and disputes know them.</summary>
public sealed class AnnouncedSeedTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    [Fact]
    public async Task ELG_04_an_announced_seed_queues_each_claims_received_final_and_paid_events()
    {
        var today = TimeProvider.System.PlanToday();
        var plan = new SyntheticPlan(200, 9, today);
        var claims = new SyntheticClaims(plan, 9, today, ClaimBillers.DemoOffices);
        await using (var scope = service.Services.CreateAsyncScope())
        {
            await new ClaimsSeeder(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>()).SeedAsync(plan, claims, 500, announce: true, CancellationToken.None);
        }

        var expected = claims.Claims(500).ToList();
        Assert.Equal(expected.Select(s => s.Claim.ClaimNumber).Order(), (await service.EventsAsync<ClaimReceived>()).Select(e => e.ClaimNumber).Order());
        Assert.Equal(expected.Where(s => s.Finalized is not null).Select(s => s.Claim.ClaimNumber).Order(),
            (await service.EventsAsync<ClaimFinalized>()).Select(e => e.ClaimNumber).Order());
        Assert.Equal(expected.Count(s => s.Paid is not null), (await service.EventsAsync<ClaimPaid>()).Count);
    }
}
