using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Platform.Reporting.Pdc.Workbook;

/// <summary>The workbook's cell styles, and one differential format per priority bucket for the conditional highlighting.</summary>
internal static class WorkbookStyles
{
    public const uint Default = 0;
    public const uint Bold = 1;
    public const uint Date = 2;
    public const uint Percent = 3;
    public const uint Wrapped = 4;

    /// <summary>Built-in number format 14: the reader's short date (m/d/yyyy in en-US).</summary>
    private const uint ShortDate = 14;
    private const uint PercentOneDecimal = 164;

    public static Stylesheet For(IReadOnlyList<PdcPriority> priorities) => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = PercentOneDecimal, FormatCode = "0.0%" }) { Count = 1 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = ShortDate, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = PercentOneDecimal, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }) { Count = 5 },
        new DifferentialFormats(priorities.Select(p => new DifferentialFormat(
            new Font(new Color { Rgb = HexBinaryValue.FromString("FF" + p.Font) }),
            new Fill(new PatternFill(new BackgroundColor { Rgb = HexBinaryValue.FromString("FF" + p.Fill) }) { PatternType = PatternValues.Solid })))) { Count = (uint)priorities.Count });
}
