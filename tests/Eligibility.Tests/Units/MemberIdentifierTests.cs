using Platform.Contracts.Identifiers;
using Xunit;

namespace Platform.Eligibility.Tests.Units;

public sealed class MemberIdentifierTests
{
    [Theory]
    [InlineData("123456789", true)]
    [InlineData(" 912345678 ", true)]
    [InlineData("91234567A", false)] // a CIN
    [InlineData("12345678", false)]
    [InlineData("1234567890", false)]
    public void ELG_01_a_MEDS_ID_is_nine_digits(string text, bool valid) => Assert.Equal(valid, MedsId.TryParse(text, out _));

    [Theory]
    [InlineData("1EG4TE5MK73", true)] // CMS's published example
    [InlineData("1eg4-te5-mk73", true)] // as printed on the card, in lower case
    [InlineData("9AA0AA0AA00", true)]
    [InlineData("0EG4TE5MK73", false)] // position 1 is 1–9
    [InlineData("15G4TE5MK73", false)] // position 2 is a letter
    [InlineData("1EGATE5MK73", false)] // position 4 is a digit
    [InlineData("1SG4TE5MK73", false)] // S, L, O, I, B and Z are never used
    [InlineData("1EG4TE5MO73", false)]
    [InlineData("1EG4TE5MK7", false)]
    [InlineData("1EG4TE5MK733", false)]
    public void ELG_01_an_MBI_follows_CMS_format(string text, bool valid) => Assert.Equal(valid, Mbi.TryParse(text, out _));

    [Theory]
    [InlineData("91234567a", MemberIdKind.Cin, "91234567A")]
    [InlineData(" 912345678 ", MemberIdKind.MedsId, "912345678")]
    [InlineData("1eg4-te5-mk73", MemberIdKind.Mbi, "1EG4TE5MK73")]
    public void ELG_01_one_member_id_field_tells_a_CIN_a_MEDS_ID_and_an_MBI_apart_by_format(string text, MemberIdKind kind, string value)
    {
        Assert.True(MemberId.TryParse(text, out var id));
        Assert.Equal((kind, value), (id.Kind, id.Value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234")]
    public void ELG_01_text_of_no_member_id_format_is_no_member_id(string? text) => Assert.False(MemberId.TryParse(text, out _));

    [Fact]
    public void ELG_01_an_MBI_is_stored_without_dashes_in_capitals()
    {
        Assert.True(Mbi.TryParse("1eg4-te5-mk73", out var mbi));
        Assert.Equal("1EG4TE5MK73", mbi.Value);
    }
}
