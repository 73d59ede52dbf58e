using Platform.Claims.Claims;
using Platform.Claims.Codes;
using Xunit;

namespace Platform.Claims.Tests;

/// <summary>The pure rules, without a server.</summary>
public sealed class TimelyFilingTests
{
    [Theory]
    [InlineData("2025-10-01", "2026-10-01", false)]
    [InlineData("2025-10-01", "2026-10-02", true)]
    [InlineData("2024-02-29", "2025-02-28", false)]
    [InlineData("2024-02-29", "2025-03-01", true)]
    public void CLM_04_a_claim_is_on_time_until_the_same_calendar_day_a_year_later(string dateOfService, string receivedOn, bool late) =>
        Assert.Equal(late, TimelyFiling.IsLate(DateOnly.Parse(dateOfService), DateOnly.Parse(receivedOn)));

    [Theory]
    [InlineData("E119", "E11.9")]
    [InlineData("E11.9", "E11.9")]
    [InlineData("S72001A", "S72.001A")]
    [InlineData("I10", "I10")]
    [InlineData("U07.1", "U07.1")]
    [InlineData("e11.9", null)]
    [InlineData("E1", null)]
    [InlineData("E11.", null)]
    [InlineData("1E1.9", null)]
    public void Diagnoses_are_taken_with_or_without_the_dot_and_kept_dotted(string code, string? dotted) =>
        Assert.Equal(dotted, ClaimCodes.Diagnosis(code));

    [Theory]
    [InlineData("99213", true)]
    [InlineData("0001F", true)]
    [InlineData("0042T", true)]
    [InlineData("J1100", true)]
    [InlineData("W1234", false)]
    [InlineData("9921", false)]
    [InlineData("992134", false)]
    public void Procedure_codes_are_CPT_or_HCPCS_level_II_in_shape(string code, bool valid) =>
        Assert.Equal(valid, ClaimCodes.IsProcedure(code));
}
