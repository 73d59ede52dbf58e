using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Identifiers;
using Platform.Roster.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Roster.Directory;

/// <summary>A provider as the roster's searches list them, with how many members their rosters hold now.</summary>
public sealed record RosterProvider(string Npi, string Name, string Tin, string Type, string Specialty, int RosterMembers);

/// <summary>
/// RST-02/03's provider search: by part of the name, the provider id (NPI) or the TIN, over the providers of the
/// caller's collections only (ACC-01; the plan's staff over the whole directory), in NPI order (unique: the keyset).
/// </summary>
public static class ProviderSearch
{
    public const int MaxName = 100;

    public static ValidationProblem? Problem(string? name, string? npi, string? tin, string? after, int limit) => (name, npi, tin, after) switch
    {
        ({ Length: > MaxName }, _, _, _) => Problems.Invalid(nameof(name), $"A provider name to search for is at most {MaxName} characters."),
        (_, not null, _, _) when !Npi.TryParse(npi, out _) => Problems.Invalid(nameof(npi), Npi.Message),
        (_, _, not null, _) when !Tin.TryParse(tin, out _) => Problems.Invalid(nameof(tin), Tin.Message),
        (_, _, _, not null) when !Npi.TryParse(after, out _) => Problems.Invalid(nameof(after), "after must be the next value of a previous page."),
        _ when !Page<RosterProvider>.IsValidLimit(limit) => Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<RosterProvider>.MaxLimit}."),
        _ => null,
    };

    /// <summary>The caller's providers matching the search, after the keyset; call once <see cref="Problem"/> found none.</summary>
    public static IQueryable<DirectoryProvider> Matching(this RosterDbContext db, CallerScope scope, string? name, string? npi, string? tin, string? after)
    {
        var term = string.IsNullOrWhiteSpace(name) ? null : name.Trim().ToLower();
        var digits = Tin.TryParse(tin, out var parsed) ? parsed.Value : null;
        return db.Providers.VisibleTo(scope, p => p.Npi)
            .Where(p => (term == null || p.Name.ToLower().Contains(term)) && (npi == null || p.Npi == npi) && (digits == null || p.Tin == digits)
                && (after == null || string.Compare(p.Npi, after) > 0));
    }

    /// <summary>One page of <paramref name="providers"/>, each with the size of their current rosters.</summary>
    public static IQueryable<RosterProvider> Rows(this RosterDbContext db, IQueryable<DirectoryProvider> providers, int limit) => providers
        .OrderBy(p => p.Npi)
        .Take(limit + 1)
        .Select(p => new RosterProvider(p.Npi, p.Name, p.Tin, p.Type, p.Specialty, db.ActiveEntries.Count(e => e.ProviderNpi == p.Npi)));
}
