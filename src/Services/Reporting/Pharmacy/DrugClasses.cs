namespace Platform.Reporting.Pharmacy;

/// <summary>How a drug is taken: the priority buckets count an injectable's supply in 28-day packs (RPT-03).</summary>
public enum DrugRoute
{
    Oral,
    Injectable,
}

/// <summary>
/// RPT-03: the drug classes fills carry. Three are PQA's PDC measures (Diabetes All Class, RAS antagonists, statins);
/// insulins are read only to exclude insulin users from the diabetes measure; amylin mimetics (pramlintide) are
/// counted in no measure at all (release 14 removed them from the report).
/// </summary>
public static class DrugClasses
{
    public const string Diabetes = "PDC-DR";
    public const string RasAntagonists = "PDC-RASA";
    public const string Statins = "PDC-STA";
    public const string Insulins = "INSULIN";
    public const string AmylinMimetics = "AMYLIN";

    /// <summary>RPT-01's BHI measure (HEDIS AMM): antidepressants, in no PDC measure.</summary>
    public const string Antidepressants = "ANTIDEP";

    /// <summary>The measured classes, in the report's order.</summary>
    public static readonly IReadOnlyList<string> Measured = [Diabetes, RasAntagonists, Statins];

    /// <summary>
    /// The classes the PDC report reads: the measured ones and insulins (the diabetes measure's exclusion). An
    /// antidepressant or pramlintide fill neither counts in a measure nor makes its prescriber see the member's PDC.
    /// </summary>
    public static readonly string[] ReadByPdc = [Diabetes, RasAntagonists, Statins, Insulins];

    public static string NameOf(string code) => code switch
    {
        Diabetes => "Diabetes All Class",
        RasAntagonists => "Renin Angiotensin System Antagonists",
        Statins => "Statins",
        Insulins => "Insulins",
        AmylinMimetics => "Amylin Mimetics",
        Antidepressants => "Antidepressants",
        _ => code,
    };
}
