using System.Globalization;

namespace Platform.Interop.Fhir.Claims;

/// <summary>
/// The <c>service-date</c> search (FHIR date search, day precision): each value a day with a prefix — eq (or none),
/// ge, gt, le, lt — bounding the days of service; given twice it is a range (ge…&amp;le…).
/// </summary>
public static class ServiceDates
{
    public const string Parameter = "service-date";

    public const string Documentation =
        "Claims with a day of service in the range: service-date=ge2026-01-01&service-date=le2026-12-31 (prefixes eq, ge, gt, le, lt; days yyyy-MM-dd).";

    public static (DateOnly? From, DateOnly? To) Range(IEnumerable<string?> values)
    {
        DateOnly? from = null, to = null;
        foreach (var value in values.OfType<string>())
        {
            var (prefix, text) = value.Length > 2 && char.IsAsciiLetter(value[0]) ? (value[..2], value[2..]) : ("eq", value);
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new FhirInputException(Parameter, $"{Parameter} is a day, yyyy-MM-dd, with a prefix eq, ge, gt, le or lt.");
            }

            (DateOnly? Low, DateOnly? High) bound = prefix switch
            {
                "eq" => (day, day),
                "ge" => (day, null),
                "gt" => (day.AddDays(1), null),
                "le" => (null, day),
                "lt" => (null, day.AddDays(-1)),
                _ => throw new FhirInputException(Parameter, $"{Parameter} takes the prefixes eq, ge, gt, le and lt."),
            };
            from = Later(from, bound.Low);
            to = Earlier(to, bound.High);
        }

        return (from, to);
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
