using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Platform.Claims.Lookup;

namespace Platform.Claims.Printable;

/// <summary>
/// CLM-02's "Download Printable": the claim detail on US Letter pages, as a billing office files it — the header,
/// the service lines with their totals and adjustments, member, providers, diagnoses and the notes. FWA flags are
/// never printed: the printable leaves the plan.
/// </summary>
public sealed class ClaimPdf
{
    private const double Margin = 48;
    private static readonly CultureInfo Dollars = CultureInfo.GetCultureInfo("en-US");
    private static readonly XFont Title = new(PdfFonts.Family, 16, XFontStyleEx.Bold);
    private static readonly XFont Heading = new(PdfFonts.Family, 11, XFontStyleEx.Bold);
    private static readonly XFont Text = new(PdfFonts.Family, 9, XFontStyleEx.Regular);
    private static readonly XFont Bold = new(PdfFonts.Family, 9, XFontStyleEx.Bold);

    /// <summary>Service table columns: left edge and width in points.</summary>
    private static readonly (string Title, double Width)[] Columns =
        [("Start", 52), ("End", 52), ("Code", 44), ("Mod", 50), ("Qty", 28), ("Billed", 62), ("Allowed", 62), ("Payable", 62), ("Adjustments", 104)];

    private readonly PdfDocument document = new();
    private XGraphics page = null!;
    private double y;

    public static byte[] Of(ClaimDetail claim, DateTimeOffset printedAt)
    {
        var pdf = new ClaimPdf();
        pdf.document.Info.Title = $"Claim {claim.ClaimNumber}";
        pdf.NewPage();
        pdf.Write(claim, printedAt);
        pdf.page.Dispose();
        using var stream = new MemoryStream();
        pdf.document.Save(stream, false);
        return stream.ToArray();
    }

    private void Write(ClaimDetail claim, DateTimeOffset printedAt)
    {
        Line($"Claim #: {claim.ClaimNumber}", Title, 22);
        Line($"Status: {claim.Status}{(claim.StatusReason is { } reason ? $" — {reason}" : "")}", Bold);
        Line($"CIN {claim.Member.Cin}   Check # {claim.Payment ?? "—"}   Service date {Dates(claim.ServiceFrom, claim.ServiceTo)}   " +
             $"Received {claim.ReceivedOn:MM/dd/yyyy}   Paid {claim.PaidOn?.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture) ?? "—"}", Text);
        Paragraph(claim.PayableNote);

        Section("Services");
        Row([.. Columns.Select(c => c.Title)], Bold);
        foreach (var line in claim.Lines)
        {
            Row([
                line.ServiceFrom.ToString("MM/dd/yy", CultureInfo.InvariantCulture), line.ServiceTo.ToString("MM/dd/yy", CultureInfo.InvariantCulture),
                line.ProcedureCode, string.Join(' ', line.Modifiers), line.Units.ToString(CultureInfo.InvariantCulture), Money(line.BilledAmount),
                Money(line.AllowedAmount), Money(line.PayableAmount), string.Join(' ', line.Adjustments.Select(a => $"{a.Group}-{a.Reason} {a.Amount:0.00}")),
            ], Text);
        }

        Row(["TOTAL", "", "", "", "", Money(claim.BilledAmount), Money(claim.AllowedAmount), Money(claim.PayableAmount), ""], Bold);

        Section("Member Info");
        Line($"{claim.Member.LastName}, {claim.Member.FirstName}   CIN {claim.Member.Cin}   Born {claim.Member.DateOfBirth:MM/dd/yyyy}", Text);
        Line($"{claim.Member.LineOfBusiness}   Health network: {claim.Member.HealthNetwork ?? "CalOptima Health"}", Text);
        Section("Providers");
        Line($"Billing NPI {claim.Providers.BillingNpi}   TIN {claim.Providers.BillingTin}   Rendering NPI {claim.Providers.RenderingNpi ?? "same as billing"}", Text);
        Section("Diagnosis");
        Line(string.Join("   ", claim.DiagnosisCodes.Select((code, index) => $"{index + 1}. {code}")), Text);
        Section("EOB");
        Line($"Allowed {Money(claim.AllowedAmount)}   Payable {Money(claim.PayableAmount)}   Member cost share {Money(claim.MemberCostShare)}", Text);
        Paragraph(claim.MemberBillingNote);
        y += 12;
        Line($"Printed {printedAt:MM/dd/yyyy HH:mm} UTC from the Provider Portal. Contains protected health information.", Text);
    }

    private void NewPage()
    {
        var pdfPage = document.AddPage();
        pdfPage.Width = XUnit.FromInch(8.5);
        pdfPage.Height = XUnit.FromInch(11);
        page = XGraphics.FromPdfPage(pdfPage);
        y = Margin;
    }

    /// <summary>Room for one more line of this height, or a new page.</summary>
    private void Need(double height)
    {
        if (y + height > XUnit.FromInch(11).Point - Margin)
        {
            page.Dispose();
            NewPage();
        }
    }

    private void Section(string title)
    {
        y += 8;
        Line(title, Heading, 16);
    }

    private void Line(string text, XFont font, double height = 13)
    {
        Need(height);
        page.DrawString(text, font, XBrushes.Black, new XPoint(Margin, y + font.Size));
        y += height;
    }

    /// <summary>Words wrapped to the page's width.</summary>
    private void Paragraph(string text)
    {
        var width = XUnit.FromInch(8.5).Point - 2 * Margin;
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && page.MeasureString(candidate, Text).Width > width)
            {
                Line(line, Text);
                candidate = word;
            }

            line = candidate;
        }

        Line(line, Text);
    }

    private void Row(IReadOnlyList<string> cells, XFont font)
    {
        Need(13);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            page.DrawString(cells[i], font, XBrushes.Black, new XPoint(x, y + font.Size));
            x += Columns[i].Width;
        }

        y += 13;
    }

    private static string Money(decimal? amount) => amount?.ToString("C", Dollars) ?? "—";

    private static string Dates(DateOnly from, DateOnly to) =>
        from == to ? from.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture) : $"{from:MM/dd/yyyy} – {to:MM/dd/yyyy}";
}
