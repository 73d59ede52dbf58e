using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults;

namespace Platform.Identity.Admin;

/// <summary>The checks every Collection Manager list makes of its query string, worded the same way in each.</summary>
public static class ListQuery
{
    public static ValidationProblem? InvalidLimit(int limit) => Page<object>.IsValidLimit(limit)
        ? null
        : Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<object>.MaxLimit}.");

    /// <summary>Case-insensitive "contains" text, or null when the caller searched for nothing.</summary>
    public static string? SearchTerm(string? search) =>
        string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToLowerInvariant();
}
