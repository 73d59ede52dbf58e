using System.Net.Http.Json;
using Platform.Claims.Data;
using Platform.Testing;

namespace Platform.Claims.Tests;

public sealed class ClaimsFixture() : ServiceFixture<Program, ClaimsDbContext>("claimsdb")
{
    public static object NewClaim(string claimNumber, decimal billed = 250.00m, string? billingNpi = null, string? healthNetwork = null) => new
    {
        claimNumber,
        cin = TestData.Cin(),
        billingNpi = billingNpi ?? TestData.Npi(),
        healthNetwork,
        serviceFrom = "2026-10-01",
        serviceTo = "2026-10-02",
        billedAmount = billed,
    };

    public async Task<string> RecordAsync(HttpClient staff, decimal billed = 250.00m, string? billingNpi = null, string? healthNetwork = null)
    {
        var claimNumber = TestData.ClaimNumber();
        using var response = await staff.PostAsJsonAsync("/api/v1/claims", NewClaim(claimNumber, billed, billingNpi, healthNetwork));
        response.EnsureSuccessStatusCode();
        return claimNumber;
    }
}
