namespace Platform.Referral.Submission;

/// <summary>
/// REF-12's configurable parts (section Referral:Decisions). The clock's defaults are the strictest of the rules that
/// apply: urgent 72 hours (CMS-0057-F expedited, H&amp;SC 1367.01 urgent; the plan's 96-hour access standard is looser);
/// routine the earlier of 7 calendar days (CMS-0057-F standard) and 5 business days (H&amp;SC 1367.01 routine).
/// </summary>
public sealed class DecisionPolicy
{
    public const string Section = "Referral:Decisions";

    public int UrgentHours { get; set; } = 72;

    public int RoutineCalendarDays { get; set; } = 7;

    public int RoutineBusinessDays { get; set; } = 5;

    /// <summary>
    /// The PA list's categories a routine request is approved in at submission, with the most units a line may ask
    /// for (assumption: services the plan approves on eligibility and code alone; surgery, genetic testing, home health,
    /// prosthetics and ABA need a clinician's review). A line outside these pends.
    /// </summary>
    public Dictionary<string, int> AutoApprovedUnits { get; set; } = new(StringComparer.Ordinal)
    {
        ["Specialty consult"] = 1,
        ["Specialty visit"] = 6,
        ["Advanced imaging"] = 1,
        ["Sleep study"] = 1,
        ["Outpatient therapy"] = 12,
        ["Durable medical equipment"] = 1,
    };
}
