using System.Globalization;

namespace Platform.Claims.Lookup;

/// <summary>Where a page of claims ended: newest service first, ties broken by claim number ("2026-10-01.123456789000").</summary>
public readonly record struct ClaimCursor(DateOnly ServiceFrom, string ClaimNumber)
{
    public static string Format(ClaimSummary claim) => $"{claim.ServiceFrom:yyyy-MM-dd}.{claim.ClaimNumber}";

    public static bool TryParse(string text, out ClaimCursor cursor)
    {
        cursor = default;
        var parts = text.Split('.', 2);
        if (parts.Length != 2 || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !Contracts.Identifiers.ClaimNumber.IsValid(parts[1]))
        {
            return false;
        }

        cursor = new ClaimCursor(day, parts[1]);
        return true;
    }
}
