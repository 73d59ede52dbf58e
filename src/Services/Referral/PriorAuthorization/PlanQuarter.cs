using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Platform.Referral.PriorAuthorization;

/// <summary>A calendar quarter, written 2026-Q4: the plan publishes its Prior Authorization Required Code List by quarter (REF-02).</summary>
public readonly record struct PlanQuarter(int Year, int Quarter) : IComparable<PlanQuarter>
{
    public const string Format = "YYYY-Qn, as 2026-Q4";

    public DateOnly FirstDay => new(Year, (Quarter - 1) * 3 + 1, 1);

    public static PlanQuarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public static bool TryParse(string? text, [NotNullWhen(true)] out PlanQuarter? quarter)
    {
        quarter = null;
        if (text is not { Length: 7 } || text[4] != '-' || text[5] is not ('Q' or 'q')
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000
            || text[6] is < '1' or > '4')
        {
            return false;
        }

        quarter = new PlanQuarter(year, text[6] - '0');
        return true;
    }

    public int CompareTo(PlanQuarter other) => (Year, Quarter).CompareTo((other.Year, other.Quarter));

    public override string ToString() => $"{Year:D4}-Q{Quarter}";
}
