using System.Security.Claims;
using Platform.ServiceDefaults.Auth;
using Xunit;

namespace Platform.Tests.Units;

public sealed class CallerScopeTests
{
    private sealed record Row(string Npi, string? Network);

    private static readonly Row[] Rows = [new("1000000012", null), new("1000000020", "ALTAMED"), new("1000000038", "KAISER")];

    private static CallerScope Scope(string role, params Claim[] claims) =>
        CallerScope.From(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(PlatformClaims.Role, role), .. claims], "test", PlatformClaims.Name, PlatformClaims.Role)));

    private static IEnumerable<string> Visible(CallerScope scope) =>
        Rows.AsQueryable().VisibleTo(scope, row => row.Npi, row => row.Network).Select(row => row.Npi);

    [Fact]
    public void ACC_01_a_provider_office_user_sees_only_rows_of_the_providers_in_their_token() =>
        Assert.Equal(["1000000020"], Visible(Scope(Roles.User, new Claim(PlatformClaims.Npi, "1000000020"))));

    [Fact]
    public void ACC_01_a_user_without_providers_sees_nothing() => Assert.Empty(Visible(Scope(Roles.Loa)));

    [Theory]
    [InlineData(Roles.Ea)]
    [InlineData(Roles.PlanStaff)]
    public void ACC_01_the_plans_staff_see_every_row(string role) => Assert.Equal(3, Visible(Scope(role)).Count());

    [Fact]
    public void ACC_06_a_partner_sees_only_rows_its_network_is_responsible_for()
    {
        var partner = Scope(Roles.Partner, new Claim(PlatformClaims.Network, "KAISER"), new Claim(PlatformClaims.Npi, "1000000012"));

        Assert.Equal(["1000000038"], Visible(partner));
        Assert.False(partner.CanActFor("1000000012"));
    }

    [Fact]
    public void ACC_06_a_partner_token_without_a_network_sees_nothing() => Assert.Empty(Visible(Scope(Roles.Partner)));

    [Fact]
    public void ACC_06_rows_without_a_network_selector_are_hidden_from_partners() =>
        Assert.Empty(Rows.AsQueryable().VisibleTo(Scope(Roles.Partner, new Claim(PlatformClaims.Network, "KAISER")), row => row.Npi));
}
