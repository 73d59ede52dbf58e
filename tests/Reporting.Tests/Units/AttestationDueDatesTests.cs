using Platform.Reporting.Attestations;
using Xunit;

namespace Platform.Reporting.Tests.Units;

public sealed class AttestationDueDatesTests
{
    [Theory]
    [InlineData("2026-01-15", "2026-02-14")]
    [InlineData("2026-01-31", "2026-03-02")] // across February of a common year
    [InlineData("2024-01-31", "2024-03-01")] // across February of a leap year
    [InlineData("2024-02-29", "2024-03-30")] // from the leap day
    [InlineData("2026-12-15", "2027-01-14")] // into the next year
    [InlineData("2026-12-31", "2027-01-30")]
    public void RPT_04_the_initial_attestation_is_due_30_days_after_joining(string joined, string due) =>
        Assert.Equal(DateOnly.Parse(due), AttestationDueDates.For(AttestationKind.Initial, DateOnly.Parse(joined)));

    [Theory]
    [InlineData("2026-01-01", "2026-12-31")]
    [InlineData("2024-02-29", "2024-12-31")]
    [InlineData("2026-12-31", "2026-12-31")]
    public void RPT_04_the_first_annual_attestation_is_due_December_31_of_the_joining_year(string joined, string due) =>
        Assert.Equal(DateOnly.Parse(due), AttestationDueDates.For(AttestationKind.Annual, DateOnly.Parse(joined)));

    [Fact]
    public void RPT_04_a_provider_owes_the_initial_and_each_years_annual_since_joining()
    {
        var schedule = AttestationDueDates.Schedule(new DateOnly(2024, 6, 10), throughYear: 2026).ToList();

        Assert.Equal(
            [(AttestationKind.Initial, new DateOnly(2024, 7, 10)), (AttestationKind.Annual, new DateOnly(2024, 12, 31)),
             (AttestationKind.Annual, new DateOnly(2025, 12, 31)), (AttestationKind.Annual, new DateOnly(2026, 12, 31))],
            schedule);
    }

    [Fact]
    public void RPT_04_the_search_shows_the_initial_whenever_due_and_the_annual_of_the_year_searched()
    {
        var joined = new DateOnly(2020, 3, 1);

        Assert.Equal(new DateOnly(2020, 3, 31), AttestationDueDates.Owed(AttestationKind.Initial, joined, 2026));
        Assert.Equal(new DateOnly(2026, 12, 31), AttestationDueDates.Owed(AttestationKind.Annual, joined, 2026));
    }

    [Theory]
    [InlineData("2026-12-06", false, true)]
    [InlineData("2026-12-06", true, false)]
    [InlineData("2026-12-07", false, false)] // due today: not yet overdue
    [InlineData("2026-12-31", false, false)]
    public void RPT_04_an_attestation_is_overdue_once_its_due_date_has_passed_unsubmitted(string due, bool submitted, bool overdue) =>
        Assert.Equal(overdue, AttestationDueDates.IsOverdue(DateOnly.Parse(due), submitted, new DateOnly(2026, 12, 7)));

    [Theory]
    [InlineData("initial", true)]
    [InlineData("ANNUAL", true)]
    [InlineData("1", false)]
    [InlineData("-1", false)]
    [InlineData("", false)]
    [InlineData("monthly", false)]
    public void RPT_04_a_kind_is_initial_or_annual_in_any_case(string text, bool valid) =>
        Assert.Equal(valid, AttestationKinds.TryParse(text, out _));
}
