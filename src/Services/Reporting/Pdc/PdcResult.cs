using Platform.Reporting.Pharmacy;

namespace Platform.Reporting.Pdc;

/// <summary>Whether a member and class has a PDC yet (RPT-03).</summary>
public enum PdcStatus
{
    Measured,

    /// <summary>PQA counts members with at least two fills on different dates only.</summary>
    SingleFill,

    /// <summary>The index date is less than 91 days before the end of the measurement period.</summary>
    IndexTooLate,
}

/// <summary>
/// One member's adherence to one drug class in the measurement year, as of the report's day (RPT-03).
/// <see cref="Pdc"/> is the to-date figure: days covered ÷ days from the index date to <see cref="MeasuredThrough"/>
/// (the earlier of the report's day and the period's end); once the period has ended it is PQA's PDC itself.
/// </summary>
public sealed record PdcResult(
    string DrugClass,
    PdcStatus Status,
    DateOnly IndexDate,
    DateOnly PeriodEnd,
    DateOnly MeasuredThrough,
    int DaysCoveredToDate,
    PharmacyFill LastFill,
    DateOnly LastCoveredDay,
    DateOnly AsOf)
{
    public const decimal AdherenceThreshold = 0.80m;

    /// <summary>Days of the whole measurement period: the index date through its end.</summary>
    public int DaysInPeriod => PeriodEnd.DayNumber - IndexDate.DayNumber + 1;

    /// <summary>Days from the index date through <see cref="MeasuredThrough"/>: the to-date PDC's denominator.</summary>
    public int DaysToDate => MeasuredThrough.DayNumber - IndexDate.DayNumber + 1;

    /// <summary>Days covered ÷ days to date, measured or not: what the priority buckets read.</summary>
    public decimal CoverageToDate => Math.Round((decimal)DaysCoveredToDate / DaysToDate, 4);

    /// <summary>Null until measured (two fills on different dates, index date early enough).</summary>
    public decimal? Pdc => Status == PdcStatus.Measured ? CoverageToDate : null;

    /// <summary>RPT-03: adherent at a PDC of 80 % or more (compared unrounded, as PQA does).</summary>
    public bool? Adherent => Status == PdcStatus.Measured ? DaysCoveredToDate >= AdherenceThreshold * DaysToDate : null;

    /// <summary>The day the next fill is due (the day after the last covered day); null when supply lasts past the period's end.</summary>
    public DateOnly? NextRefillDue => LastCoveredDay < PeriodEnd ? LastCoveredDay.AddDays(1) : null;

    /// <summary>Days of supply left after the report's day (0 when the member has run out).</summary>
    public int DaysSupplyRemaining => Math.Max(0, LastCoveredDay.DayNumber - AsOf.DayNumber);

    /// <summary>Days past the refill due date on the report's day (0 when not due yet, or the period has ended).</summary>
    public int DaysPastDue => NextRefillDue is { } due && due <= AsOf && AsOf <= PeriodEnd ? AsOf.DayNumber - due.DayNumber + 1 : 0;
}
