using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Platform.Reporting.Pdc.Workbook;

/// <summary>
/// The zip container of a workbook, written entry by entry in zip's create mode, so each worksheet streams through
/// the SDK's SAX writer to the file. The SDK's own package (System.IO.Packaging) cannot add parts to a write-only
/// container, and its read-write mode keeps every part in memory until it closes: at a plan's size, hundreds of MB.
/// The parts are the SDK's elements; only the fixed package plumbing (content types, relationships) is written here.
/// </summary>
internal sealed class XlsxPackage(Stream output, int sheets) : IDisposable
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive zip = new(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>The relationship id of worksheet <paramref name="number"/> (1-based) in the workbook.</summary>
    public static string SheetRelationship(int number) => $"rId{number}";

    /// <summary>Opens worksheet <paramref name="number"/> (1-based) for the SAX writer; dispose it before the next part.</summary>
    public XlsxPart Worksheet(int number) => Part($"xl/worksheets/sheet{number}.xml");

    /// <summary>Writes the workbook, its styles and the package's content types and relationships.</summary>
    public void Finish(DocumentFormat.OpenXml.Spreadsheet.Workbook workbook, Stylesheet styles)
    {
        WriteElement("xl/workbook.xml", workbook);
        WriteElement("xl/styles.xml", styles);
        var sheetNumbers = Enumerable.Range(1, sheets).ToList();
        WriteText("[Content_Types].xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{string.Concat(sheetNumbers.Select(n => $"""<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""))}</Types>
            """);
        WriteText("_rels/.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{RelationshipNamespace}"><Relationship Id="rId1" Type="{OfficeRelationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        WriteText("xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{RelationshipNamespace}">{string.Concat(sheetNumbers.Select(n => $"""<Relationship Id="{SheetRelationship(n)}" Type="{OfficeRelationships}/worksheet" Target="worksheets/sheet{n}.xml"/>"""))}<Relationship Id="rId{sheets + 1}" Type="{OfficeRelationships}/styles" Target="styles.xml"/></Relationships>
            """);
    }

    public void Dispose() => zip.Dispose();

    private XlsxPart Part(string entry) => new(zip.CreateEntry(entry, CompressionLevel.Fastest).Open());

    private void WriteElement(string entry, OpenXmlElement element)
    {
        using var part = Part(entry);
        part.Xml.WriteElement(element);
    }

    private void WriteText(string entry, string xml)
    {
        using var stream = zip.CreateEntry(entry, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}

/// <summary>One zip entry being written by the SDK's SAX writer.</summary>
internal sealed class XlsxPart : IDisposable
{
    private readonly Stream stream;

    public XlsxPart(Stream stream)
    {
        this.stream = stream;
        Xml = OpenXmlWriter.Create(stream, Encoding.UTF8);
        Xml.WriteStartDocument(true);
    }

    public OpenXmlWriter Xml { get; }

    public void Dispose()
    {
        Xml.Close();
        stream.Dispose();
    }
}
