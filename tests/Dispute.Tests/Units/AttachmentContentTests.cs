using Platform.Attachments;
using Platform.Contracts.Attachments;
using Platform.Testing;
using Xunit;

namespace Platform.Dispute.Tests.Units;

public sealed class AttachmentContentTests
{
    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "pdf", SampleFiles.Pdf(), "application/pdf" },
        { "png", SampleFiles.Png, "image/png" },
        { "jpeg", SampleFiles.Jpeg, "image/jpeg" },
        { "gif", SampleFiles.Gif, "image/gif" },
        { "tiff little-endian", SampleFiles.Tiff, "image/tiff" },
        { "tiff big-endian", [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8], "image/tiff" },
        { "bmp", [(byte)'B', (byte)'M', 70, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0, 1, 0], "image/bmp" },
        { "docx", SampleFiles.Docx(), AttachmentLimits.Docx.ContentType },
        { "xlsx", SampleFiles.Xlsx(), AttachmentLimits.Xlsx.ContentType },
    };

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "an executable", SampleFiles.Exe },
        { "a ZIP without [Content_Types].xml", SampleFiles.Zip() },
        { "a package declaring a main part it lacks", SampleFiles.DocxWithoutDocument() },
        { "a macro-enabled document", SampleFiles.Docm() },
        { "a ZIP's signature and nothing after", "PK\x03\x04 not a zip at all"u8.ToArray() },
        { "text that merely starts with BM", "BMW service invoice"u8.ToArray() },
        { "HTML", "<html><script>alert(1)</script></html>"u8.ToArray() },
        { "nothing", [] },
        { "a PDF's magic one byte short", "%PDF"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task DSP_05_a_file_is_recognized_by_its_content(string what, byte[] content, string contentType)
    {
        var type = await AttachmentContent.DetectAsync(new MemoryStream(content), TestContext.Current.CancellationToken);

        Assert.True(type?.ContentType == contentType, what);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task DSP_05_content_of_no_accepted_type_is_not_recognized(string what, byte[] content)
    {
        var type = await AttachmentContent.DetectAsync(new MemoryStream(content), TestContext.Current.CancellationToken);

        Assert.True(type is null, $"{what} was taken for {type?.Name}");
    }
}
