using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Platform.Reporting.Pdc.Workbook;

/// <summary>What a written workbook held: its members, for the audit entry (ACC-05).</summary>
public sealed record PdcWorkbookContents(IReadOnlyCollection<string> Members);

/// <summary>
/// RPT-03's PDC workbook — tabs Summary, Report and Data Dictionary — written with the SDK's SAX writer into zip
/// entries streamed to the output (<see cref="XlsxPackage"/>), so a plan's rows pass through and none is kept.
/// The Report is written first (the Summary counts it), the tabs listed in the release's order.
/// </summary>
public static class PdcWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] SheetNames = ["Summary", "Report", "Data Dictionary"];

    private const int SummarySheet = 1;
    private const int ReportSheet = 2;
    private const int DictionarySheet = 3;

    public static async Task<PdcWorkbookContents> WriteAsync(
        Stream output, IAsyncEnumerable<PdcRow> rows, IReadOnlyList<PdcPriority> priorities, IReadOnlyDictionary<string, string> providerNames,
        string title, CancellationToken cancellationToken)
    {
        using var package = new XlsxPackage(output, SheetNames.Length);
        var members = new HashSet<string>(StringComparer.Ordinal);
        var counts = priorities.ToDictionary(p => p.Rank, _ => 0);
        using (var part = package.Worksheet(ReportSheet))
        {
            var writer = part.Xml;
            var sheet = new SheetWriter(writer);
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft }) { WorkbookViewId = 0 }));
            writer.WriteElement(new Columns(ReportColumns.All.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
            writer.WriteStartElement(new SheetData());
            sheet.Header([.. ReportColumns.All.Select(c => c.Name)]);
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                sheet.StartRow();
                foreach (var column in ReportColumns.All)
                {
                    column.Write(sheet, row, providerNames);
                }

                sheet.EndRow();
                members.Add(row.Member.Cin);
                counts[row.Priority.Rank]++;
            }

            writer.WriteEndElement();
            var lastColumn = ReportColumns.PriorityLetter;
            writer.WriteElement(new AutoFilter { Reference = $"A1:{lastColumn}{sheet.Row}" });
            writer.WriteElement(new ConditionalFormatting(priorities.Select((p, i) => new ConditionalFormattingRule(new Formula($"\"{p.Label}\""))
            {
                Type = ConditionalFormatValues.CellIs, Operator = ConditionalFormattingOperatorValues.Equal, FormatId = (uint)i, Priority = i + 1,
            })) { SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{lastColumn}2:{lastColumn}{Math.Max(2, sheet.Row)}" } });
            writer.WriteEndElement();
        }

        using (var part = package.Worksheet(SummarySheet))
        {
            WriteSummary(part.Xml, priorities, counts, title);
        }

        using (var part = package.Worksheet(DictionarySheet))
        {
            WriteDictionary(part.Xml, priorities);
        }

        var rowCount = counts.Values.Sum();
        package.Finish(
            new DocumentFormat.OpenXml.Spreadsheet.Workbook(
                new Sheets(SheetNames.Select((name, i) => new Sheet { Name = name, SheetId = (uint)i + 1, Id = XlsxPackage.SheetRelationship(i + 1) })),
                new DefinedNames(new DefinedName($"'Report'!$A$1:${ReportColumns.PriorityLetter}${rowCount + 1}")
                {
                    Name = "_xlnm._FilterDatabase", LocalSheetId = ReportSheet - 1, Hidden = true,
                })),
            WorkbookStyles.For(priorities));
        return new PdcWorkbookContents(members);
    }

    /// <summary>The Summary tab as the release shows it: Row Labels / Count of Member CIN per priority, then Grand Total.</summary>
    private static void WriteSummary(OpenXmlWriter writer, IReadOnlyList<PdcPriority> priorities, Dictionary<int, int> counts, string title)
    {
        var sheet = new SheetWriter(writer);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new Columns(new Column { Min = 1, Max = 1, Width = 70, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 20, CustomWidth = true }));
        writer.WriteStartElement(new SheetData());
        sheet.Header(title);
        sheet.StartRow();
        sheet.EndRow();
        sheet.Header("Row Labels", "Count of Member CIN");
        foreach (var priority in priorities.Where(p => counts[p.Rank] > 0))
        {
            sheet.StartRow();
            sheet.Text(priority.Label);
            sheet.Number(counts[priority.Rank]);
            sheet.EndRow();
        }

        sheet.StartRow();
        sheet.Text("Grand Total", WorkbookStyles.Bold);
        sheet.Number(counts.Values.Sum(), WorkbookStyles.Bold);
        sheet.EndRow();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>Every Report column, the PDC method and each priority's thresholds as the data sets them.</summary>
    private static void WriteDictionary(OpenXmlWriter writer, IReadOnlyList<PdcPriority> priorities)
    {
        var sheet = new SheetWriter(writer);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new Columns(new Column { Min = 1, Max = 1, Width = 66, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 110, CustomWidth = true }));
        writer.WriteStartElement(new SheetData());
        sheet.Header("Column", "Definition");
        foreach (var column in ReportColumns.All)
        {
            Pair(sheet, column.Name, column.Definition);
        }

        sheet.StartRow();
        sheet.EndRow();
        sheet.Header("PDC Method", "");
        Pair(sheet, "Proportion of Days Covered", PdcMethod);
        sheet.StartRow();
        sheet.EndRow();
        sheet.Header("Priority", "Thresholds (first that applies, in this order)");
        foreach (var priority in priorities)
        {
            Pair(sheet, priority.Label, priority.Definition());
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Pair(SheetWriter sheet, string name, string definition)
    {
        sheet.StartRow();
        sheet.Text(name);
        sheet.Text(definition, WorkbookStyles.Wrapped);
        sheet.EndRow();
    }

    private static readonly string PdcMethod = string.Create(CultureInfo.InvariantCulture,
        $"PQA's method, per member and class: the index date is the first fill in the measurement year; the period runs to December 31 or the end of enrollment; at least two fills on different dates, and an index date at least {PdcCalculator.MinimumDaysFromIndexToPeriodEnd} days before the period end. Overlapping fills of the same drug shift forward; days covered by different drugs of the class count once; supply past the period end counts for nothing. Adherent at {PdcResult.AdherenceThreshold:P0} or more. Members in hospice or with ESRD in the year are excluded, and insulin users from the diabetes class; amylin mimetics are never counted. Pulled mid-year, the PDC is to date: days covered through the report date over the days from the index date to it.");
}
