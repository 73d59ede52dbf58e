using System.Globalization;
using Platform.Claims.Lookup;
using static Platform.Claims.Printable.PdfPages;

namespace Platform.Claims.Printable;

/// <summary>
/// A claim's service lines as both printables show them (CLM-02's Services, each claim of a CLM-03 Remittance
/// Advice): one row per line with its CAS adjustments (group-reason amount), then the claim's totals.
/// </summary>
public static class ServiceLineTable
{
    private static readonly (string Title, double Width)[] Columns =
        [("Start", 52), ("End", 52), ("Code", 44), ("Mod", 50), ("Qty", 28), ("Billed", 62), ("Allowed", 62), ("Payable", 62), ("Adjustments", 104)];

    public static void Write(PdfPages pages, IReadOnlyList<ClaimLineView> lines, decimal billed, decimal? allowed, decimal? payable)
    {
        pages.Header(Columns);
        foreach (var line in lines)
        {
            pages.Row(Columns, [
                Short(line.ServiceFrom), Short(line.ServiceTo), line.ProcedureCode, string.Join(' ', line.Modifiers), line.Units.ToString(CultureInfo.InvariantCulture),
                Money(line.BilledAmount), Money(line.AllowedAmount), Money(line.PayableAmount),
                string.Join(' ', line.Adjustments.Select(a => $"{a.Group}-{a.Reason} {a.Amount.ToString("0.00", CultureInfo.InvariantCulture)}")),
            ], Text);
        }

        pages.Row(Columns, ["TOTAL", "", "", "", "", Money(billed), Money(allowed), Money(payable), ""], Bold);
    }

    private static string Short(DateOnly day) => day.ToString("MM/dd/yy", CultureInfo.InvariantCulture);
}
