using System.Globalization;

namespace Platform.ServiceDefaults.Calendar;

/// <summary>
/// California state holidays as data (DSP-07's working days, REF-12's business days): california-holidays.csv (its header says where the dates come from),
/// embedded in the service. The table is read, never worked out; a day outside its years has no answer, so nothing
/// is counted past them silently.
/// </summary>
public sealed class HolidayCalendar
{
    private const string Header = "date,name";

    private readonly HashSet<DateOnly> holidays;

    private HolidayCalendar(List<DateOnly> holidays)
    {
        this.holidays = [.. holidays];
        First = new DateOnly(holidays[0].Year, 1, 1);
        Last = new DateOnly(holidays[^1].Year, 12, 31);
    }

    public static HolidayCalendar California { get; } = Load("california-holidays.csv");

    /// <summary>1 January of the table's first year.</summary>
    public DateOnly First { get; }

    /// <summary>31 December of the table's last year.</summary>
    public DateOnly Last { get; }

    public bool Covers(DateOnly day) => day >= First && day <= Last;

    public bool IsHoliday(DateOnly day) => Covers(day)
        ? holidays.Contains(day)
        : throw new ArgumentOutOfRangeException(nameof(day), day, $"The holiday calendar covers {First:yyyy-MM-dd} to {Last:yyyy-MM-dd}; extend ServiceDefaults/Calendar/california-holidays.csv.");

    /// <summary>
    /// Lines of <c>yyyy-MM-dd,name</c> under a <c>date,name</c> header, in date order, every year from the first to the
    /// last present (a year missing would count its holidays as working days); lines starting with # are comments.
    /// </summary>
    public static HolidayCalendar Parse(TextReader table)
    {
        var rows = new List<DateOnly>();
        var header = false;
        var number = 0;
        for (var line = table.ReadLine(); line is not null; line = table.ReadLine())
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!header)
            {
                if (line != Header)
                {
                    throw Refused(number, $"the header is not {Header}");
                }

                header = true;
                continue;
            }

            var comma = line.IndexOf(',');
            if (comma < 0 || !DateOnly.TryParseExact(line[..comma], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || line[(comma + 1)..].Trim().Length == 0)
            {
                throw Refused(number, "not a yyyy-MM-dd date and a name");
            }

            if (rows.Count > 0 && (day <= rows[^1] || day.Year > rows[^1].Year + 1))
            {
                throw Refused(number, "out of date order, or a year is missing before it");
            }

            rows.Add(day);
        }

        return rows.Count > 0 ? new HolidayCalendar(rows) : throw new InvalidDataException("The holiday table has no holidays.");
    }

    private static HolidayCalendar Load(string resource)
    {
        using var stream = typeof(HolidayCalendar).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    private static InvalidDataException Refused(int line, string why) => new($"Holiday table line {line}: {why}.");
}
