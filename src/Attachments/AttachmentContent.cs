using System.IO.Compression;
using System.Xml;
using Platform.Contracts.Attachments;

namespace Platform.Attachments;

/// <summary>
/// DSP-05: a file's type from its content, never its name or the client's Content-Type: the magic bytes of a PDF or an
/// image; for a ZIP, a real OOXML package whose [Content_Types].xml declares a Word document's or an Excel workbook's
/// main part, and that part present (a macro-enabled .docm/.xlsm declares another type, and is refused).
/// </summary>
public static class AttachmentContent
{
    public const string WordMainPart = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string ExcelMainPart = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>Far beyond any real [Content_Types].xml; a larger one is a ZIP bomb's, not Office's.</summary>
    private const long MaxContentTypesBytes = 1024 * 1024;

    /// <summary>A BMP's info header sizes (BITMAPCOREHEADER … BITMAPV5HEADER): "BM" alone starts too many files.</summary>
    private static readonly uint[] BmpInfoHeaderSizes = [12, 40, 52, 56, 64, 108, 124];

    /// <summary>The accepted type <paramref name="content"/> is, or null. The stream must be seekable (an OOXML check reads the ZIP's end).</summary>
    public static async Task<AttachmentType?> DetectAsync(Stream content, CancellationToken cancellationToken)
    {
        var head = new byte[18];
        content.Position = 0;
        var length = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var magic = head.AsSpan(0, length);
        return magic.StartsWith("PK\x03\x04"u8) ? await OfficeDocumentAsync(content, cancellationToken) : ByMagicBytes(magic);
    }

    private static AttachmentType? ByMagicBytes(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF-"u8) ? AttachmentLimits.Pdf
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? AttachmentLimits.Png
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? AttachmentLimits.Jpeg
        : head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8) ? AttachmentLimits.Gif
        : head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) ? AttachmentLimits.Tiff
        : head.Length >= 18 && head.StartsWith("BM"u8) && BmpInfoHeaderSizes.Contains(BitConverter.ToUInt32(head[14..18])) ? AttachmentLimits.Bmp
        : null;

    private static async Task<AttachmentType?> OfficeDocumentAsync(Stream content, CancellationToken cancellationToken)
    {
        content.Position = 0;
        try
        {
            await using var package = await ZipArchive.CreateAsync(content, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
            if (package.GetEntry("[Content_Types].xml") is not { Length: <= MaxContentTypesBytes } types)
            {
                return null;
            }

            await using var xml = await types.OpenAsync(cancellationToken);
            return await MainPartAsync(xml, cancellationToken) is var (partName, type) && package.GetEntry(partName.TrimStart('/')) is not null ? type : null;
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException)
        {
            return null;
        }
    }

    /// <summary>The part [Content_Types].xml declares as a document's or a workbook's main part.</summary>
    private static async Task<(string PartName, AttachmentType Type)?> MainPartAsync(Stream xml, CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(xml, new XmlReaderSettings { Async = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (await reader.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Override" } && reader.GetAttribute("PartName") is { Length: > 1 } partName)
            {
                switch (reader.GetAttribute("ContentType"))
                {
                    case WordMainPart:
                        return (partName, AttachmentLimits.Docx);
                    case ExcelMainPart:
                        return (partName, AttachmentLimits.Xlsx);
                }
            }
        }

        return null;
    }
}
