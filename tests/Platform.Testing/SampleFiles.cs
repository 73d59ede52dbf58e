using System.IO.Compression;
using System.Text;
namespace Platform.Testing;

/// <summary>Small real files of each type a dispute takes (DSP-05), and look-alikes that are not: the attachment tests' builders.</summary>
public static class SampleFiles
{
    /// <summary>The main parts' content types an OOXML package declares in [Content_Types].xml (ECMA-376 part 1).</summary>
    public const string WordMainPart = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string ExcelMainPart = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static byte[] Pdf(int size = 0) => Padded(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8, size);

    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static readonly byte[] Jpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    public static readonly byte[] Tiff = [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 0, 0];

    /// <summary>A Windows executable's header: what a renamed .exe starts with.</summary>
    public static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

    public static byte[] Docx() => Package(WordMainPart, "word/document.xml",
        """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Remittance dispute</w:t></w:r></w:p></w:body></w:document>""");

    public static byte[] Xlsx() => Package(ExcelMainPart, "xl/workbook.xml",
        """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lines" sheetId="1" r:id="rId1"/></sheets></workbook>""");

    /// <summary>A ZIP that is no Office document: no [Content_Types].xml.</summary>
    public static byte[] Zip() => Zipped(("notes.txt", "not an office document"));

    /// <summary>An OOXML package declaring a main part it does not contain.</summary>
    public static byte[] DocxWithoutDocument() => Zipped(("[Content_Types].xml", ContentTypes(WordMainPart, "word/document.xml")));

    /// <summary>A macro-enabled Word document (.docm) in a .docx's clothes.</summary>
    public static byte[] Docm() => Package("application/vnd.ms-word.document.macroEnabled.main+xml", "word/document.xml", "<w:document/>");

    private static byte[] Package(string mainContentType, string mainPart, string mainXml) => Zipped(
        ("[Content_Types].xml", ContentTypes(mainContentType, mainPart)),
        ("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{mainPart}"/></Relationships>"""),
        (mainPart, $"""<?xml version="1.0" encoding="UTF-8"?>{mainXml}"""));

    private static string ContentTypes(string mainContentType, string mainPart) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/{mainPart}" ContentType="{mainContentType}"/></Types>""";

    private static byte[] Zipped(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                entry.Write(text);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The content, then spaces up to <paramref name="size"/> bytes (a PDF reader ignores what follows %%EOF).</summary>
    private static byte[] Padded(ReadOnlySpan<byte> content, int size)
    {
        var file = new byte[Math.Max(size, content.Length)];
        content.CopyTo(file);
        file.AsSpan(content.Length).Fill((byte)' ');
        return file;
    }
}
