using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Claims;
using Platform.Contracts.Claims;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

public sealed class IntakeTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    private readonly HttpClient staff = service.ClientWith(TestTokens.PlanStaff);

    [Fact]
    public async Task A_claim_is_recorded_with_its_lines_totals_and_diagnoses_and_announced_as_received()
    {
        var claimNumber = TestData.ClaimNumber();
        var claim = ClaimBodies.Claim(claimNumber, await service.MemberAsync(), "2026-09-30",
            ClaimBodies.Line("2026-09-30", "99214", 180.00m, "25"), ClaimBodies.Line("2026-09-30", "J1100", 22.50m, units: 3));

        using var response = await staff.PostAsJsonAsync(ClaimsFixture.Intake, claim, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var detail = await ClaimsFixture.DetailAsync(response);
        Assert.Equal((ClaimStatus.Received, 202.50m, "2026-09-30"), (detail.Status, detail.BilledAmount, detail.ReceivedOn.ToString("yyyy-MM-dd")));
        Assert.Equal(["E11.9", "I10"], detail.DiagnosisCodes);
        Assert.Equal([(1, "99214", "25"), (2, "J1100", "")], detail.Lines.Select(l => (l.LineNumber, l.ProcedureCode, string.Join(',', l.Modifiers))));
        var received = await Eventually.ValueAsync(async () => (await service.EventsAsync<ClaimReceived>()).SingleOrDefault(e => e.ClaimNumber == claimNumber));
        Assert.Equal((detail.Member.Cin, new DateOnly(2026, 9, 30)), (received.Cin, received.ServiceFrom));
    }

    [Fact]
    public async Task CLM_04_a_claim_received_more_than_a_year_after_every_date_of_service_is_denied_at_intake_and_announced_final()
    {
        var claimNumber = TestData.ClaimNumber();
        var claim = ClaimBodies.Claim(claimNumber, await service.MemberAsync(), "2026-10-02", ClaimBodies.Line("2025-10-01", "99213", 90.00m));

        using var response = await staff.PostAsJsonAsync(ClaimsFixture.Intake, claim, TestContext.Current.CancellationToken);

        var detail = await ClaimsFixture.DetailAsync(response);
        Assert.Equal((ClaimStatus.Denied, 0m), (detail.Status, detail.PayableAmount));
        Assert.Contains("due by 10/01/2026", detail.StatusReason);
        var line = Assert.Single(detail.Lines);
        Assert.Equal((LineStatus.Denied, "CO", "29", 90.00m), (line.Status, line.Adjustments[0].Group, line.Adjustments[0].Reason, line.Adjustments[0].Amount));
        var finalized = await Eventually.ValueAsync(async () => (await service.EventsAsync<ClaimFinalized>()).SingleOrDefault(e => e.ClaimNumber == claimNumber));
        Assert.Equal(("Denied", 0m), (finalized.Status, finalized.PayableAmount));
    }

    [Fact]
    public async Task CLM_04_only_the_late_lines_are_denied_and_a_claim_received_on_the_anniversary_is_on_time()
    {
        var claim = ClaimBodies.Claim(TestData.ClaimNumber(), await service.MemberAsync(), "2026-10-01",
            ClaimBodies.Line("2025-09-30", "99213", 90.00m), ClaimBodies.Line("2025-10-01", "99213", 90.00m, "76"));

        using var response = await staff.PostAsJsonAsync(ClaimsFixture.Intake, claim, TestContext.Current.CancellationToken);

        var detail = await ClaimsFixture.DetailAsync(response);
        Assert.Equal(ClaimStatus.Received, detail.Status);
        Assert.Equal([LineStatus.Denied, LineStatus.Pending], detail.Lines.Select(l => l.Status));
    }

    [Fact]
    public async Task A_claim_sent_again_unchanged_is_the_same_claim_and_other_content_under_its_number_is_a_conflict()
    {
        var claimNumber = TestData.ClaimNumber();
        var claim = await service.NewClaimAsync(claimNumber);
        var changed = await service.NewClaimAsync(claimNumber, billed: 999.00m);

        var first = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => staff.PostAsJsonAsync(ClaimsFixture.Intake, claim, TestContext.Current.CancellationToken)));
        using var other = await staff.PostAsJsonAsync(ClaimsFixture.Intake, changed, TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created], first.Select(r => r.StatusCode).Order());
        await other.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await service.QueryAsync(db => db.Claims.CountAsync(c => c.ClaimNumber == claimNumber)));
        Assert.Single(await service.EventsAsync<ClaimReceived>(), e => e.ClaimNumber == claimNumber);
    }

    [Fact]
    public async Task The_member_copy_follows_the_newest_announcement_and_ignores_an_older_one_arriving_late()
    {
        var cin = await service.AnnounceMemberAsync(version: 5, lastName: "Newer");
        await service.AnnounceMemberAsync(version: 3, lastName: "Older", cin: cin);
        var afterOlder = await service.QueryAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Cin == cin));
        await service.AnnounceMemberAsync(version: 6, lastName: "Newest", cin: cin, diedOn: new DateOnly(2026, 11, 2));
        var afterNewest = await service.QueryAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Cin == cin));

        Assert.Equal((5L, "Newer"), (afterOlder.Version, afterOlder.LastName));
        Assert.Equal((6L, "Newest", new DateOnly(2026, 11, 2)), (afterNewest.Version, afterNewest.LastName, afterNewest.DateOfDeath));
    }
}
