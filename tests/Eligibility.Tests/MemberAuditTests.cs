using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Platform.Contracts.Audit;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Eligibility.Tests;

/// <summary>ACC-05: every read of a member is committed to the trail before the answer leaves; a change with the change.</summary>
public sealed class MemberAuditTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>
{
    [Theory]
    [InlineData("lookup by id", "MemberEligibility")]
    [InlineData("verification by id and date of birth", "MemberEligibility")]
    [InlineData("lookup by name", "MemberEligibility")]
    [InlineData("face sheet", "MemberFaceSheet")]
    [InlineData("IHA list", "IhaDueList")]
    public async Task ACC_05_each_member_read_is_recorded_naming_the_member_before_the_answer(string read, string resourceType)
    {
        var pcp = TestData.Npi();
        var member = Population.Member().CoveredBy("CCN", pcp, Population.Today.AddDays(-5));
        await service.SaveAsync(member);
        // The verification reads a member outside the caller's collection; every other read one inside it.
        using var office = service.ClientWith(TestTokens.ForProviders([read.StartsWith("verification") ? TestData.Npi() : pcp], Modules.Members));
        var path = read switch
        {
            "lookup by id" => $"/api/v1/members?id={member.MedsId}",
            "verification by id and date of birth" => $"/api/v1/members?id={member.Cin}&dateOfBirth={member.DateOfBirth:yyyy-MM-dd}",
            "lookup by name" => $"/api/v1/members?lastName={member.LastName}&dateOfBirth={member.DateOfBirth:yyyy-MM-dd}",
            "face sheet" => $"/api/v1/members/{member.Cin}/face-sheet",
            _ => $"/api/v1/providers/{pcp}/iha-due",
        };
        var trace = ActivityTraceId.CreateRandom().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await office.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // No waiting: the entry must already be durable when the answer arrives.
        var (_, entry) = Assert.Single(await service.QueryAsync(AuditOutbox.EntriesAsync), e => e.Entry.TraceId == trace);
        Assert.Equal((AuditActions.Read, resourceType, "eligibility"), (entry.Action, entry.ResourceType, entry.Service));
        Assert.Equal([member.Cin], entry.MemberIds);
    }

    [Fact]
    public async Task ACC_05_a_PCP_change_request_commits_its_entry_with_the_request()
    {
        var next = Population.Provider();
        var member = Population.Member().CoveredBy("CCN", TestData.Npi(), Population.Today.AddYears(-1));
        await service.SaveAsync(next, member);
        using var staff = service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Members));

        using var response = await staff.PostAsJsonAsync($"/api/v1/members/{member.Cin}/pcp-change-requests",
            new { newPcpNpi = next.Npi }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entries = (await service.QueryAsync(AuditOutbox.EntriesAsync)).Select(e => e.Entry).Where(e => e.MemberIds.Contains(member.Cin));
        Assert.Equal([(AuditActions.Create, "PcpChangeRequest")], entries.Select(e => (e.Action, e.ResourceType)));
    }
}
