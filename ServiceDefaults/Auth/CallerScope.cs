using System.Linq.Expressions;
using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Platform.ServiceDefaults.Auth;

/// <summary>
/// What a caller may see, read from their token: the plan's staff see everything; a partner client sees its health
/// network's members and claims (ACC-06); everyone else sees only the providers of their collections (ACC-01).
/// Every PHI query goes through <see cref="ScopedQueries.VisibleTo"/>, and what it hides answers 404, never 403,
/// so the existence of a record outside the caller's scope does not leak.
/// </summary>
public sealed class CallerScope
{
    private CallerScope(bool isPlanWide, string? network, IReadOnlySet<string> npis)
    {
        IsPlanWide = isPlanWide;
        Network = network;
        Npis = npis;
    }

    public bool IsPlanWide { get; }

    /// <summary>The health network of a partner client; null for people.</summary>
    public string? Network { get; }

    public IReadOnlySet<string> Npis { get; }

    public static CallerScope From(ClaimsPrincipal user)
    {
        if (Roles.PlanWide.Any(user.IsInRole))
        {
            return new CallerScope(true, null, new HashSet<string>());
        }

        if (user.IsInRole(Roles.Partner))
        {
            // A partner token without a network sees nothing rather than everything.
            return new CallerScope(false, user.FindFirstValue(PlatformClaims.Network) ?? "", new HashSet<string>());
        }

        return new CallerScope(false, null, user.FindAll(PlatformClaims.Npi).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Lets an endpoint take the scope as a parameter.</summary>
    public static ValueTask<CallerScope?> BindAsync(HttpContext http, ParameterInfo parameter) => ValueTask.FromResult<CallerScope?>(From(http.User));

    /// <summary>A provider id from the caller (a route value, a form field) is trusted only when it is in scope.</summary>
    public bool CanActFor(string npi) => IsPlanWide || (Network is null && Npis.Contains(npi));

    /// <summary>
    /// Whether a record of this provider, for which this network is responsible, is visible: the in-memory twin of
    /// <see cref="ScopedQueries.VisibleTo"/>, for records already read (e.g. from a cache); keep the two equal.
    /// </summary>
    public bool CanSee(string? providerNpi, string? network) =>
        IsPlanWide || (Network is not null ? network == Network : providerNpi is not null && Npis.Contains(providerNpi));
}

public static class ScopedQueries
{
    /// <summary>
    /// ACC-01/ACC-06: only the rows the caller may see. <paramref name="providerNpi"/> selects the provider a row belongs
    /// to; <paramref name="network"/> the health network responsible for it (none: partners see no rows).
    /// </summary>
    public static IQueryable<T> VisibleTo<T>(
        this IQueryable<T> query,
        CallerScope scope,
        Expression<Func<T, string>> providerNpi,
        Expression<Func<T, string?>>? network = null)
    {
        if (scope.IsPlanWide)
        {
            return query;
        }

        // Through a captured object, so EF Core sends the values as parameters rather than inlining them.
        var values = new ScopeValues(scope.Network, [.. scope.Npis]);
        if (scope.Network is not null)
        {
            return network is null
                ? query.Where(_ => false)
                : query.Where(Lambda(network, Expression.Equal(network.Body, Field(values, nameof(ScopeValues.Network)))));
        }

        var contains = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], Field(values, nameof(ScopeValues.Npis)), providerNpi.Body);
        return query.Where(Lambda(providerNpi, contains));
    }

    private static Expression<Func<T, bool>> Lambda<T, TValue>(Expression<Func<T, TValue>> selector, Expression body) =>
        Expression.Lambda<Func<T, bool>>(body, selector.Parameters);

    private static MemberExpression Field(ScopeValues values, string name) => Expression.Property(Expression.Constant(values), name);

    private sealed record ScopeValues(string? Network, string[] Npis);
}
