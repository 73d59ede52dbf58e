using System.Reflection;
using System.Security.Claims;
using Platform.Identity.Offices;
using Platform.Identity.Users;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Admin;

/// <summary>
/// ACC-03: the offices a caller administers, read from their token only — an LOA their own office (the office
/// claim), an EA every office and the plan's own staff. Whatever lies outside answers 404, never 403, so an LOA
/// cannot learn what exists in another office.
/// </summary>
public sealed class AdminScope
{
    private AdminScope(Guid callerId, bool isEnterprise, Guid? office)
    {
        CallerId = callerId;
        IsEnterprise = isEnterprise;
        Office = office;
    }

    /// <summary>The administrator acting (the token's subject).</summary>
    public Guid CallerId { get; }

    /// <summary>An EA: every office, and the plan's staff who belong to none.</summary>
    public bool IsEnterprise { get; }

    /// <summary>The LOA's own office; null for an EA (and for an LOA token without one, who administers nothing).</summary>
    public Guid? Office { get; }

    public static AdminScope From(ClaimsPrincipal caller) => new(
        Guid.TryParse(caller.FindFirstValue(PlatformClaims.Subject), out var id) ? id : Guid.Empty,
        caller.IsInRole(Roles.Ea),
        Guid.TryParse(caller.FindFirstValue(PlatformClaims.Office), out var office) ? office : null);

    /// <summary>Lets an endpoint take the scope as a parameter.</summary>
    public static ValueTask<AdminScope?> BindAsync(HttpContext http, ParameterInfo parameter) => ValueTask.FromResult<AdminScope?>(From(http.User));

    /// <summary>Whether the caller administers this office (null: the plan's staff, whom only an EA administers).</summary>
    public bool Administers(Guid? officeId) => IsEnterprise || (officeId is not null && officeId == Office);

    /// <summary>ACC-02: an LOA hands out only office roles; EA and PlanStaff are granted by an EA.</summary>
    public bool MayGrant(string role) => IsEnterprise || role is Roles.User or Roles.Loa;

    public IQueryable<Office> Offices(IQueryable<Office> offices) =>
        IsEnterprise ? offices : offices.Where(o => o.Id == Office);

    // Without an office, "OfficeId == Office" would match the plan's staff (whose OfficeId is null too).
    public IQueryable<User> Users(IQueryable<User> users) =>
        IsEnterprise ? users : Office is { } office ? users.Where(u => u.OfficeId == office) : users.Where(_ => false);

    public IQueryable<Provider> Providers(IQueryable<Provider> providers) =>
        IsEnterprise ? providers : providers.Where(p => p.OfficeId == Office);
}
