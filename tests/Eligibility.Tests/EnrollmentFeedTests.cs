using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Eligibility;
using Platform.Eligibility.Enrollment;
using Platform.Eligibility.Members;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Outbox;
using Platform.Testing;
using Xunit;
using static Platform.Eligibility.Tests.EnrollmentBatches;

namespace Platform.Eligibility.Tests;

/// <summary>ELG-08: the state's enrollment changes reach members' coverage in one transaction and leave as events.</summary>
public sealed class EnrollmentFeedTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>
{
    private static readonly DateOnly Today = Population.Today;
    private readonly HttpClient staff = service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Members));

    [Fact]
    public async Task ELG_08_a_batch_enrolls_a_new_member_whom_a_lookup_then_finds_eligible()
    {
        var pcp = Population.Provider(networks: "CCN");
        await service.SaveAsync(pcp);
        var member = Population.Member();

        using var response = await staff.PostBatchAsync(Batch(NewId(), MemberRecord(member), Span(member.Cin, "CCN", pcp.Npi, Today.AddDays(-3))));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal((2, 2, 0, 1), (await response.ReportAsync() is var report ? (report.Records, report.Applied, report.Rejected, report.MembersChanged) : default));
        var found = Assert.Single((await LookupAsync(member.Cin, Today)).Results);
        Assert.Equal((EligibilityStatus.Eligible, "CCN", pcp.Npi, member.LastName), (found.Status, found.Network, found.PcpNpi, found.Member!.LastName));
    }

    [Fact]
    public async Task ELG_08_a_termination_ends_coverage_on_its_last_day()
    {
        var member = Population.Member().CoveredBy(CoverageSpan.Direct, null, Today.AddYears(-1));
        await service.SaveAsync(member);

        using var response = await staff.PostBatchAsync(Batch(NewId(), Termination(member.Cin, Today.AddDays(-1))));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(EligibilityStatus.Eligible, Assert.Single((await LookupAsync(member.Cin, Today.AddDays(-1))).Results).Status);
        Assert.Equal(EligibilityStatus.NotEligible, Assert.Single((await LookupAsync(member.Cin, Today)).Results).Status);
    }

    [Fact]
    public async Task ELG_08_a_network_change_ends_the_old_assignment_the_day_before_and_keeps_the_share_of_cost()
    {
        var (ccnPcp, altamedPcp) = (Population.Provider(networks: "CCN"), Population.Provider(networks: "ALTAMED"));
        var member = Population.Member().CoveredBy("CCN", ccnPcp.Npi, Today.AddYears(-1), shareOfCost: 25m);
        await service.SaveAsync(ccnPcp, altamedPcp, member);
        var effective = Today.AddDays(10);

        using var response = await staff.PostBatchAsync(Batch(NewId(), ProgramChange(member.Cin, "ALTAMED", altamedPcp.Npi, effective)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var spans = await SpansAsync(member.Cin);
        Assert.Equal(
            [("CCN", ccnPcp.Npi, Today.AddYears(-1), (DateOnly?)effective.AddDays(-1), 25m), ("ALTAMED", altamedPcp.Npi, effective, null, 25m)],
            spans.Select(s => (s.Program, s.PcpNpi, s.StartDate, s.EndDate, s.ShareOfCost)));
    }

    [Fact]
    public async Task ELG_08_a_PCP_change_from_the_first_day_of_a_span_replaces_its_PCP()
    {
        var (first, second) = (Population.Provider(networks: "CCN"), Population.Provider(networks: "CCN"));
        var member = Population.Member().CoveredBy("CCN", first.Npi, Today);
        await service.SaveAsync(first, second, member);

        using var response = await staff.PostBatchAsync(Batch(NewId(), PcpChange(member.Cin, second.Npi, Today)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("CCN", second.Npi, Today, (DateOnly?)null), Assert.Single(await SpansAsync(member.Cin)) is var s ? (s.Program, s.PcpNpi, s.StartDate, s.EndDate) : default);
    }

    [Fact]
    public async Task ELG_08_dates_outside_sane_bounds_are_reported_by_field()
    {
        var member = Population.Member();
        var batch = Batch(NewId(),
            MemberRecord(member) with { DateOfBirth = new DateOnly(1, 1, 1) },              // line 2
            MemberRecord(member),                                                         // line 3: applies
            Span(member.Cin, "CCN", null, new DateOnly(9999, 1, 1)),                      // line 4
            Span(member.Cin, "CCN", null, Today, end: new DateOnly(1999, 12, 31)),        // line 5
            Termination(member.Cin, new DateOnly(2100, 1, 1)));                           // line 6

        using var response = await staff.PostBatchAsync(batch);

        var report = await response.ReportAsync();
        Assert.Equal([(2, "dateOfBirth"), (4, "startDate"), (5, "endDate"), (6, "endDate")], report.Problems.Select(p => (p.Line, p.Field)));
    }

    [Fact]
    public async Task ELG_08_malformed_lines_are_reported_by_line_field_and_position_and_the_rest_of_the_batch_applies()
    {
        var pcp = Population.Provider(networks: "CCN");
        var (kept, enrolled, other) = (Population.Member().CoveredBy("CCN", pcp.Npi, Today.AddYears(-1)), Population.Member(), Population.Member());
        await service.SaveAsync(pcp, kept, other);
        var batch = Batch(NewId(),
            MemberRecord(enrolled),                                                  // line 2: applies
            """{"kind":"span" "cin":"12345678A"}""",                                 // line 3: not JSON, a comma missing at 16
            $$"""{"kind":"termination","cin":"{{kept.Cin}}","endDate":"someday"}""", // line 4: not a date
            $$"""{"kind":"termination","cin":"{{kept.Cin}}","lastDay":"2026-01-01"}""", // line 5: no such field
            Span("1234", "CCN", pcp.Npi, Today),                                     // line 6: not a CIN
            Span(TestData.Cin(), "CCN", pcp.Npi, Today),                             // line 7: no such member
            Span(kept.Cin, "CCN", pcp.Npi, Today),                                   // line 8: overlaps the open span
            Span(enrolled.Cin, CoverageSpan.Direct, pcp.Npi, Today),                 // line 9: ELG-05, COD has no PCP
            Span(enrolled.Cin, "ALTAMED", pcp.Npi, Today),                           // line 10: this PCP is not AltaMed's
            MemberRecord(Population.Member()) with { MedsId = other.MedsId },        // line 11: another member's MEDS ID
            "",                                                                      // line 12: blank, skipped
            Span(enrolled.Cin, "CCN", pcp.Npi, Today, shareOfCost: 12.5m));          // line 13: applies

        using var response = await staff.PostBatchAsync(batch);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await response.ReportAsync();
        Assert.Equal(
            [(3, null), (4, "endDate"), (5, "lastDay"), (6, "cin"), (7, "cin"), (8, "startDate"), (9, "pcpNpi"), (10, "pcpNpi"), (11, "medsId")],
            report.Problems.Select(p => (p.Line, p.Field)));
        Assert.Equal(16, report.Problems[0].Position);
        Assert.Equal((11, 2, 9, 1), (report.Records, report.Applied, report.Rejected, report.MembersChanged));
        var found = Assert.Single((await LookupAsync(enrolled.Cin, Today)).Results);
        Assert.Equal((EligibilityStatus.ShareOfCost, 12.5m), (found.Status, found.ShareOfCost));
        Assert.Equal([(Today.AddYears(-1), (DateOnly?)null)], (await SpansAsync(kept.Cin)).Select(s => (s.StartDate, s.EndDate)));
    }

    [Fact]
    public async Task ELG_08_each_changed_member_is_published_once_with_its_whole_coverage_and_a_rising_version()
    {
        var pcp = Population.Provider(networks: "CCN");
        var member = Population.Member();
        await service.SaveAsync(pcp);
        var enrol = Batch(NewId(), MemberRecord(member), Span(member.Cin, "CCN", pcp.Npi, Today.AddDays(-30)));
        var terminate = Batch(NewId(), Termination(member.Cin, Today));

        (await staff.PostBatchAsync(enrol)).EnsureSuccessStatusCode();
        (await staff.PostBatchAsync(terminate)).EnsureSuccessStatusCode();

        var published = await PublishedAsync(member.Cin);
        Assert.Equal([1L, 2L], published.Select(p => p.Version));
        Assert.Equal(
            new CoverageSnapshot("Medi-Cal", "CCN", pcp.Npi, 0m, Today.AddDays(-30), Today),
            Assert.Single(published[1].Coverage));
        Assert.Equal((member.FirstName, member.LastName, member.DateOfBirth), (published[1].FirstName, published[1].LastName, published[1].DateOfBirth));
    }

    [Fact]
    public async Task ELG_08_a_date_of_death_in_a_member_record_is_kept_and_announced_and_one_before_birth_is_refused()
    {
        var member = Population.Member();
        var died = Today.AddDays(-10);
        var enrol = Batch(NewId(), MemberRecord(member) with { DateOfDeath = died }, Span(member.Cin, CoverageSpan.Direct, null, Today.AddYears(-1)));
        var impossible = Batch(NewId(), MemberRecord(Population.Member()) with { DateOfDeath = member.DateOfBirth.AddDays(-1), DateOfBirth = member.DateOfBirth });

        (await staff.PostBatchAsync(enrol)).EnsureSuccessStatusCode();
        using var refused = await staff.PostBatchAsync(impossible);

        Assert.Equal(died, Assert.Single(await PublishedAsync(member.Cin)).DateOfDeath);
        Assert.Equal("dateOfDeath", Assert.Single((await refused.ReportAsync()).Problems).Field);
    }

    [Fact]
    public async Task ELG_08_the_same_batch_sent_again_answers_its_report_and_changes_nothing()
    {
        var member = Population.Member().CoveredBy(CoverageSpan.Direct, null, Today.AddYears(-1));
        await service.SaveAsync(member);
        var batchId = NewId();
        var batch = Batch(batchId, Termination(member.Cin, Today.AddDays(-2)));

        using var first = await staff.PostBatchAsync(batch);
        using var again = await staff.PostBatchAsync(batch);
        using var reused = await staff.PostBatchAsync(Batch(batchId, Termination(member.Cin, Today.AddDays(-9))));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict), (first.StatusCode, again.StatusCode, reused.StatusCode));
        Assert.Equal(JsonSerializer.Serialize(await first.ReportAsync()), JsonSerializer.Serialize(await again.ReportAsync()));
        Assert.Single(await PublishedAsync(member.Cin));
        Assert.Equal(Today.AddDays(-2), Assert.Single(await SpansAsync(member.Cin)).EndDate);
        var stored = await (await staff.GetAsync($"/api/v1/enrollment-batches/{batchId}", TestContext.Current.CancellationToken)).OkAsync<EnrollmentReport>();
        Assert.Equal(batchId, stored.BatchId);
    }

    [Theory]
    [InlineData("", "format")]
    [InlineData("""{"format":"enrollment/2","batchId":"b-1"}""", "format")]
    [InlineData("""{"format":"enrollment/1"}""", "batchId")]
    [InlineData("""{"format":"enrollment/1","batchId":"no spaces allowed"}""", "batchId")]
    public async Task ELG_08_a_batch_without_a_valid_header_is_refused_whole(string header, string field)
    {
        var member = Population.Member().CoveredBy(CoverageSpan.Direct, null, Today.AddYears(-1));
        await service.SaveAsync(member);

        using var response = await staff.PostBatchAsync(header + "\n" + JsonSerializer.Serialize(Termination(member.Cin, Today), JsonSerializerOptions.Web));

        await response.AssertFieldRejectedAsync(field);
        Assert.Null(Assert.Single(await SpansAsync(member.Cin)).EndDate);
    }

    [Fact]
    public async Task ELG_08_only_plan_staff_send_enrollment_batches()
    {
        using var office = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Members));

        using var response = await office.PostBatchAsync(Batch(NewId(), MemberRecord(Population.Member())));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ACC_05_a_batch_commits_its_audit_entry_naming_the_sender_and_the_members_it_changed()
    {
        var member = Population.Member();
        var batchId = NewId();

        (await staff.PostBatchAsync(Batch(batchId, MemberRecord(member)))).EnsureSuccessStatusCode();

        var (_, entry) = Assert.Single(await service.QueryAsync(AuditOutbox.EntriesAsync), e => e.Entry.ResourceId == batchId);
        Assert.Equal(("Update", nameof(EnrollmentBatch), "test-planstaff"), (entry.Action, entry.ResourceType, entry.UserId));
        Assert.Equal([member.Cin], entry.MemberIds);
    }

    private async Task<MemberLookupResponse> LookupAsync(string cin, DateOnly dateOfService) =>
        await (await staff.GetAsync($"/api/v1/members?id={cin}&dateOfService={dateOfService:yyyy-MM-dd}", TestContext.Current.CancellationToken))
            .OkAsync<MemberLookupResponse>();

    private Task<List<CoverageSpan>> SpansAsync(string cin) =>
        service.QueryAsync(db => db.CoverageSpans.AsNoTracking().Where(s => s.MemberCin == cin).OrderBy(s => s.StartDate).ToListAsync());

    private Task<List<MemberEligibilityChanged>> PublishedAsync(string cin) => service.QueryAsync(async db =>
    {
        var rows = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type.StartsWith(typeof(MemberEligibilityChanged).FullName!))
            .OrderBy(m => m.Sequence)
            .ToListAsync();
        return rows.Select(row => JsonSerializer.Deserialize<MemberEligibilityChanged>(row.Payload, JsonSerializerOptions.Web)!)
            .Where(changed => changed.Cin == cin)
            .ToList();
    });
}
