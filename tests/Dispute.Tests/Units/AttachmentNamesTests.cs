using Platform.Attachments;
using Platform.Contracts.Attachments;
using Xunit;

namespace Platform.Dispute.Tests.Units;

public sealed class AttachmentNamesTests
{
    [Theory]
    [InlineData("remittance.pdf", "remittance.pdf")]
    [InlineData("Remittance.PDF", "Remittance.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\x.pdf", "x.pdf")]
    [InlineData("C:\\Users\\ana\\Desktop\\eob.pdf", "eob.pdf")]
    [InlineData("invoice.exe", "invoice.pdf")]
    [InlineData("notes", "notes.pdf")]
    [InlineData(".hidden.pdf", "hidden.pdf")]
    [InlineData("...", "attachment.pdf")]
    [InlineData("", "attachment.pdf")]
    [InlineData(null, "attachment.pdf")]
    [InlineData("dir/", "attachment.pdf")]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "abcdefgh.pdf")]
    [InlineData("line\r\nbreak\u0000.pdf", "linebreak.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.pdf")]
    [InlineData("  claim 42 .pdf ", "claim 42.pdf")]
    [InlineData("trailing.pdf...", "trailing.pdf")]
    public void DSP_05_a_name_keeps_only_its_last_segment_without_unsafe_characters_and_with_the_detected_type_s_extension(string? sent, string kept) =>
        Assert.Equal(kept, AttachmentNames.Sanitize(sent, AttachmentLimits.Pdf));

    [Theory]
    [InlineData("photo.jpeg", "photo.jpeg")]
    [InlineData("photo.JPG", "photo.jpg")]
    [InlineData("photo.png", "photo.jpg")]
    public void DSP_05_a_type_s_other_usual_extension_is_kept(string sent, string kept) =>
        Assert.Equal(kept, AttachmentNames.Sanitize(sent, AttachmentLimits.Jpeg));

    [Fact]
    public void DSP_05_a_long_name_is_cut_to_120_characters_keeping_its_extension_and_whole_characters()
    {
        var kept = AttachmentNames.Sanitize(new string('a', 114) + "😀😀😀.docx", AttachmentLimits.Docx);

        Assert.Equal(new string('a', 114) + ".docx", kept);
        Assert.Equal(new string('b', 115) + ".docx", AttachmentNames.Sanitize(new string('b', 300) + ".docx", AttachmentLimits.Docx));
    }
}
