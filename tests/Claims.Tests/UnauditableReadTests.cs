using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

/// <summary>ACC-05: a read that cannot be audited fails; it never returns PHI unaudited. A class of its own: it breaks its database.</summary>
public sealed class UnauditableReadTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    [Fact]
    public async Task ACC_05_when_the_audit_entry_cannot_be_committed_the_read_is_a_500_problem_without_the_claim()
    {
        var npi = TestData.Npi();
        var claimNumber = await service.RecordAsync(service.ClientWith(TestTokens.PlanStaff), billingNpi: npi);
        var cin = await service.MemberAsync();
        await RefuseAuditRowsAsync();
        using var reader = service.ClientWith(TestTokens.ForProviders([npi], Modules.Claims));

        using var response = await reader.GetAsync($"/api/v1/claims/{claimNumber}", TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        Assert.DoesNotContain(cin, problem.GetRawText());
    }

    /// <summary>The database itself refuses audit rows, as it would when full or failing over.</summary>
    private Task RefuseAuditRowsAsync() => service.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""
        CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit storage unavailable'; END $$;
        CREATE TRIGGER refuse_audit BEFORE INSERT ON outbox_messages FOR EACH ROW
        WHEN (NEW.type LIKE 'Platform.Contracts.Audit.AuditRecorded,%') EXECUTE FUNCTION refuse_audit();
        """));
}
