using System.Security.Claims;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Eligibility.Tests.Units;

/// <summary>ACC-01/06: the scope's in-memory test (for cached records) and its query (for the database) are one rule.</summary>
public sealed class CallerScopeTests
{
    private static readonly string Ours = TestData.Npi();
    private static readonly string Theirs = TestData.Npi();

    public static TheoryData<string> Callers => [.. Scopes.Keys];

    private static Dictionary<string, CallerScope> Scopes => new()
    {
        ["plan staff"] = Scope(new Claim(PlatformClaims.Role, Roles.PlanStaff)),
        ["office"] = Scope(new Claim(PlatformClaims.Role, Roles.User), new Claim(PlatformClaims.Npi, Ours)),
        ["office without providers"] = Scope(new Claim(PlatformClaims.Role, Roles.User)),
        ["partner"] = Scope(new Claim(PlatformClaims.Role, Roles.Partner), new Claim(PlatformClaims.Network, "ALTAMED")),
        ["partner without network"] = Scope(new Claim(PlatformClaims.Role, Roles.Partner)),
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public void ACC_01_ACC_06_CanSee_keeps_the_rows_VisibleTo_keeps(string caller)
    {
        var scope = Scopes[caller];
        (string? Npi, string? Network)[] rows =
            [(Ours, "ALTAMED"), (Ours, "CCN"), (Theirs, "ALTAMED"), (Theirs, "KAISER"), (null, "COD"), (null, "ALTAMED"), (Ours, null), (null, "")];

        var queried = rows.AsQueryable().VisibleTo(scope, r => r.Npi!, r => r.Network).ToList();

        Assert.Equal(queried, rows.Where(r => scope.CanSee(r.Npi, r.Network)));
    }

    public static CallerScope Scope(params Claim[] claims) =>
        CallerScope.From(new ClaimsPrincipal(new ClaimsIdentity(claims, "test", PlatformClaims.Name, PlatformClaims.Role)));
}
