using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Platform.Claims.Printable;

/// <summary>
/// The printables' US Letter pages, written top to bottom: what does not fit on the page starts the next one, so a
/// long claim or Remittance Advice runs onto as many pages as it needs.
/// </summary>
public sealed class PdfPages
{
    private const double RowHeight = 13;
    private const double Margin = 48;
    private static readonly double PageWidth = XUnit.FromInch(8.5).Point;
    private static readonly double PageHeight = XUnit.FromInch(11).Point;
    private static readonly CultureInfo Dollars = CultureInfo.GetCultureInfo("en-US");

    private static readonly XFont Heading = new(PdfFonts.Family, 11, XFontStyleEx.Bold);
    public static readonly XFont Title = new(PdfFonts.Family, 16, XFontStyleEx.Bold);
    public static readonly XFont Text = new(PdfFonts.Family, 9, XFontStyleEx.Regular);
    public static readonly XFont Bold = new(PdfFonts.Family, 9, XFontStyleEx.Bold);

    private readonly PdfDocument document = new();
    private XGraphics page = null!;
    private double y;

    public PdfPages(string title)
    {
        document.Info.Title = title;
        NewPage();
    }

    /// <summary>A heading, kept on one page with the rows that follow it: never alone at the foot of a page.</summary>
    public void Section(string title, int keptWithRows = 1)
    {
        y += 8;
        Need(16 + keptWithRows * RowHeight);
        Line(title, Heading, 16);
    }

    public void Line(string text, XFont font, double height = RowHeight)
    {
        Need(height);
        page.DrawString(text, font, XBrushes.Black, new XPoint(Margin, y + font.Size));
        y += height;
    }

    /// <summary>Words wrapped to the page's width.</summary>
    public void Paragraph(string text)
    {
        var width = PageWidth - 2 * Margin;
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

    /// <summary>A table's column titles, in bold.</summary>
    public void Header(IReadOnlyList<(string Title, double Width)> columns) => Row(columns, [.. columns.Select(c => c.Title)], Bold);

    /// <summary>One row of a table: each cell at its column's left edge.</summary>
    public void Row(IReadOnlyList<(string Title, double Width)> columns, IReadOnlyList<string> cells, XFont font)
    {
        Need(RowHeight);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            page.DrawString(cells[i], font, XBrushes.Black, new XPoint(x, y + font.Size));
            x += columns[i].Width;
        }

        y += RowHeight;
    }

    /// <summary>Every printable ends so: it leaves the plan, and carries protected health information.</summary>
    public void Printed(DateTimeOffset printedAt)
    {
        y += 12;
        Line($"Printed {printedAt:MM/dd/yyyy HH:mm} UTC from the Provider Portal. Contains protected health information.", Text);
    }

    public byte[] ToBytes()
    {
        page.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    public static string Money(decimal? amount) => amount?.ToString("C", Dollars) ?? "—";

    public static string Day(DateOnly day) => day.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    public static string Dates(DateOnly from, DateOnly to) => from == to ? Day(from) : $"{Day(from)} – {Day(to)}";

    /// <summary>Room for this much more on the page, or a new page.</summary>
    private void Need(double height)
    {
        if (y + height > PageHeight - Margin)
        {
            page.Dispose();
            NewPage();
        }
    }

    private void NewPage()
    {
        var pdfPage = document.AddPage();
        pdfPage.Width = XUnit.FromPoint(PageWidth);
        pdfPage.Height = XUnit.FromPoint(PageHeight);
        page = XGraphics.FromPdfPage(pdfPage);
        y = Margin;
    }
}
