using Platform.Reporting.Pharmacy;

namespace Platform.Reporting.Pdc.Workbook;

/// <summary>A column of the Report tab: its header, its Data Dictionary definition, its width, and how a row fills it.</summary>
internal sealed record ReportColumn(string Name, string Definition, double Width, Action<SheetWriter, PdcRow, IReadOnlyDictionary<string, string>> Write);

/// <summary>RPT-03: the Report tab's columns — member, provider, medication, pharmacy, PDC metrics and priority.</summary>
internal static class ReportColumns
{
    public static readonly IReadOnlyList<ReportColumn> All =
    [
        new("Member CIN", "The member's Client Index Number.", 12, (s, r, _) => s.Text(r.Member.Cin)),
        new("Member Name", "Last name, first name.", 24, (s, r, _) => s.Text($"{r.Member.LastName}, {r.Member.FirstName}")),
        new("Date of Birth", "The member's date of birth.", 12, (s, r, _) => s.Date(r.Member.DateOfBirth)),
        new("Health Network", "The program responsible for the member on the last measured day: COD (CalOptima Health Direct), CCN or a health network's code.", 16, (s, r, _) => s.Text(r.Attributed?.Program)),
        new("PCP NPI", "The member's assigned PCP on the last measured day (none for COD members).", 12, (s, r, _) => s.Text(r.Attributed?.PcpNpi)),
        new("PCP Name", "The assigned PCP's name in the provider directory.", 28, (s, r, names) => s.Text(NameOf(names, r.Attributed?.PcpNpi))),
        new("Prescriber NPI", "The prescriber of the class's most recent fill.", 12, (s, r, _) => s.Text(r.Result.LastFill.PrescriberNpi)),
        new("Prescriber Name", "The prescriber's name in the provider directory.", 28, (s, r, names) => s.Text(NameOf(names, r.Result.LastFill.PrescriberNpi))),
        new("Medication", "The generic drug (active ingredient) of the class's most recent fill.", 18, (s, r, _) => s.Text(r.Result.LastFill.DrugName)),
        new("NDC", "The National Drug Code of the most recent fill (5-4-2).", 15, (s, r, _) => s.Text(NdcFormat.Display(r.Result.LastFill.Ndc))),
        new("Drug Class", "The PQA measure: Diabetes All Class (PDC-DR), Renin Angiotensin System Antagonists (PDC-RASA) or Statins (PDC-STA). Amylin mimetics are in no class.", 34, (s, r, _) => s.Text(DrugClasses.NameOf(r.Result.DrugClass))),
        new("Route", "Oral or injectable.", 11, (s, r, _) => s.Text(r.Result.LastFill.Route.ToString())),
        new("Pharmacy Name", "The pharmacy of the most recent fill.", 32, (s, r, _) => s.Text(r.Result.LastFill.PharmacyName)),
        new("Pharmacy NPI", "The dispensing pharmacy's NPI.", 12, (s, r, _) => s.Text(r.Result.LastFill.PharmacyNpi)),
        new("Index Date", "The first fill of the class in the measurement year.", 12, (s, r, _) => s.Date(r.Result.IndexDate)),
        new("Period End", "December 31 of the measurement year, or the member's last day of enrollment if earlier.", 12, (s, r, _) => s.Date(r.Result.PeriodEnd)),
        new("Days in Period", "Days from the index date through the period end.", 10, (s, r, _) => s.Number(r.Result.DaysInPeriod)),
        new("Days to Date", "Days from the index date through the report date or the period end, whichever is first: the PDC's denominator.", 10, (s, r, _) => s.Number(r.Result.DaysToDate)),
        new("Days Covered", "Days to date on which the member had a drug of the class, overlapping fills of the same drug shifted forward.", 10, (s, r, _) => s.Number(r.Result.DaysCoveredToDate)),
        new("PDC", "Days Covered ÷ Days to Date; blank when not measured (fewer than two fills on different dates, or an index date less than 91 days before the period end).", 9, (s, r, _) => s.Number(r.Result.Pdc, WorkbookStyles.Percent)),
        new("Adherent", "Y when the PDC is 80% or more, N below; blank when not measured.", 9, (s, r, _) => s.Text(r.Result.Adherent switch { true => "Y", false => "N", null => null })),
        new("Last Fill Date", "The class's most recent fill.", 12, (s, r, _) => s.Date(r.Result.LastFill.FilledOn)),
        new("Days Supply", "The days' supply of the most recent fill.", 9, (s, r, _) => s.Number(r.Result.LastFill.DaysSupply)),
        new("Next Refill Due", "The day after the last covered day; blank when the supply lasts to the period end.", 12, (s, r, _) => s.Date(r.Result.NextRefillDue)),
        new("Days Supply Remaining", "Covered days left after the report date (0 when out of medication).", 10, (s, r, _) => s.Number(r.Result.DaysSupplyRemaining)),
        new("Priority", "The outreach bucket: the first of the priorities below whose thresholds the row meets.", 66, (s, r, _) => s.Text(r.Priority.Label)),
    ];

    /// <summary>The column letter of the Priority column, for the conditional formatting's range.</summary>
    public static string PriorityLetter => ((char)('A' + All.Count - 1)).ToString();

    private static string? NameOf(IReadOnlyDictionary<string, string> names, string? npi) => npi is not null && names.TryGetValue(npi, out var name) ? name : null;
}
