using Platform.Testing;

namespace Platform.Claims.Tests;

/// <summary>Intake bodies with the lines a test needs; <see cref="TestClaims"/> has the one-line claim.</summary>
internal static class ClaimBodies
{
    public static object Line(string serviceDate, string code, decimal billed, string? modifier = null, int units = 1) =>
        new { serviceFrom = serviceDate, serviceTo = serviceDate, procedureCode = code, modifiers = modifier is null ? Array.Empty<string>() : [modifier], units, billedAmount = billed };

    public static object Claim(string claimNumber, string cin, string? receivedOn, params object[] lines) => ByProvider(claimNumber, cin, TestData.Npi(), receivedOn, lines);

    public static object ByProvider(string claimNumber, string cin, string billingNpi, string? receivedOn, object[] lines) => new
    {
        claimNumber,
        cin,
        billingNpi,
        billingTin = TestClaims.Tin,
        lineOfBusiness = "Medi-Cal",
        receivedOn,
        diagnosisCodes = new[] { "E119", "I10" },
        lines,
    };
}
