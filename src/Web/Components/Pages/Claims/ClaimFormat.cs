using System.Globalization;

namespace Platform.Web.Components.Pages.Claims;

public static class ClaimFormat
{
    private static readonly CultureInfo Dollars = CultureInfo.GetCultureInfo("en-US");

    /// <summary>A day of service, or the first and last of a span, as the claims pages print dates.</summary>
    public static string Dates(DateOnly from, DateOnly to) =>
        from == to ? from.ToString("MM/dd/yyyy") : $"{from:MM/dd/yyyy} – {to:MM/dd/yyyy}";

    /// <summary>Dollars and cents ($1,234.50), or a dash while not yet decided.</summary>
    public static string Money(decimal? amount) => amount?.ToString("C", Dollars) ?? "—";
}
