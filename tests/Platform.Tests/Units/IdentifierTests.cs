using Platform.Contracts.Identifiers;
using Xunit;

namespace Platform.Tests.Units;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("1234567893", true)] // CMS's published example NPI
    [InlineData("1234567890", false)] // wrong check digit
    [InlineData("123456789", false)]
    [InlineData("12345678A3", false)]
    public void An_NPI_is_ten_digits_with_a_Luhn_check_digit(string text, bool valid) =>
        Assert.Equal(valid, Npi.TryParse(text, out _));

    [Theory]
    [InlineData("91234567a", true)]
    [InlineData("912345678", false)]
    [InlineData("9123456A", false)]
    public void A_CIN_is_eight_digits_and_a_letter(string text, bool valid) =>
        Assert.Equal(valid, Cin.TryParse(text, out _));

    [Theory]
    [InlineData("12-3456789", true)]
    [InlineData("123456789", true)]
    [InlineData("12-345678", false)]
    public void A_TIN_is_nine_digits_with_or_without_the_dash(string text, bool valid) =>
        Assert.Equal(valid, Tin.TryParse(text, out _));
}
