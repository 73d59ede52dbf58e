namespace Platform.Contracts.Dates;

/// <summary>
/// Sane bounds per kind of date (issue 13): year 1 or 9999 is a slip or a probe, never a member's birth or a day of
/// care. Each check answers null when the date is plausible, or the message naming the bounds.
/// </summary>
public static class DateBounds
{
    /// <summary>The oldest member a plan could still serve.</summary>
    public static readonly DateOnly FirstBirth = new(1900, 1, 1);

    /// <summary>Nothing the plan keeps (coverage, claims, eligibility history) goes back further.</summary>
    public static readonly DateOnly FirstRecord = new(2000, 1, 1);

    /// <summary>The furthest a state feed sets coverage ahead (an open span has no end date at all).</summary>
    public static readonly DateOnly LastRecord = new(2099, 12, 31);

    /// <summary>A date of birth: not before 1900, not after today (no clock: not after <see cref="LastRecord"/>).</summary>
    public static string? Birth(DateOnly value, DateOnly? today = null) =>
        value >= FirstBirth && value <= (today ?? LastRecord) ? null : $"A date of birth is between {FirstBirth:yyyy-MM-dd} and {(today is null ? $"{LastRecord:yyyy-MM-dd}" : "today")}.";

    /// <summary>A date of death: a date of birth's bounds, with no clock (a state file's date is never in the future).</summary>
    public static string? Death(DateOnly value) =>
        value >= FirstBirth && value <= LastRecord ? null : $"A date of death is between {FirstBirth:yyyy-MM-dd} and {LastRecord:yyyy-MM-dd}.";

    /// <summary>A day of care already given, as a claim bills it: from 2000 until today.</summary>
    public static string? CareGiven(DateOnly value, DateOnly today) =>
        value >= FirstRecord && value <= today ? null : $"A date of service is between {FirstRecord:yyyy-MM-dd} and today.";

    /// <summary>A date to check eligibility on: from 2000 until a year ahead (an appointment being booked).</summary>
    public static string? EligibilityDate(DateOnly value, DateOnly today) =>
        value >= FirstRecord && value <= today.AddYears(1) ? null : $"A date of service is between {FirstRecord:yyyy-MM-dd} and a year from today.";

    /// <summary>A coverage date in an enrollment record: 2000 to 2099.</summary>
    public static string? Coverage(DateOnly value) =>
        value >= FirstRecord && value <= LastRecord ? null : $"A coverage date is between {FirstRecord:yyyy-MM-dd} and {LastRecord:yyyy-MM-dd}.";
}
