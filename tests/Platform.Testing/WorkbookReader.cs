using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Platform.Testing;

/// <summary>A downloaded workbook (RPT-03's PDC report) opened with the OpenXml SDK: its tabs and their cells as text.</summary>
public sealed class WorkbookReader : IDisposable
{
    private readonly SpreadsheetDocument document;

    public WorkbookReader(byte[] bytes) => document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    public IReadOnlyList<string> SheetNames => [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public Worksheet Sheet(string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>Each row's cells as text (inline strings, or the number as written).</summary>
    public List<string[]> Rows(string name) =>
        [.. Sheet(name).Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray())];

    /// <summary>The Report tab's rows as column name → value.</summary>
    public List<Dictionary<string, string>> Report()
    {
        var rows = Rows("Report");
        return [.. rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }

    /// <summary>What the SDK's schema validation finds wrong (what Excel would repair or refuse), one line each.</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    public void Dispose() => document.Dispose();
}
