using System.Globalization;
using Platform.X12;

namespace Platform.Interop.X12;

/// <summary>Values as the 5010 guides write them: dates CCYYMMDD, amounts without needless zeros, text free of the delimiters.</summary>
public static class X12Text
{
    public const string DateFormat = "yyyyMMdd";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Amount(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A DTP's D8 date, or the first day of its RD8 range (CCYYMMDD-CCYYMMDD); null when neither reads.</summary>
    public static (DateOnly From, DateOnly To)? Period(X12Segment dtp) => dtp[2] switch
    {
        "D8" when ParseDate(dtp[3]) is { } day => (day, day),
        "RD8" when dtp[3].Split('-') is [var from, var to] && ParseDate(from) is { } start && ParseDate(to) is { } end && start <= end => (start, end),
        _ => null,
    };

    /// <summary>Text from the plan's data, upper case as the guides' examples, with the interchange's delimiters taken out and cut to the element's length.</summary>
    public static string Clean(string? text, X12Separators separators, int maxLength)
    {
        char[] delimiters = [separators.Element, separators.Component, separators.Repetition, separators.Segment];
        var clean = new string([.. (text ?? "").ToUpperInvariant().Select(c => delimiters.Contains(c) || char.IsControl(c) ? ' ' : c)]).Trim();
        return clean.Length <= maxLength ? clean : clean[..maxLength].TrimEnd();
    }
}
