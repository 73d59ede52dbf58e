using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.Testing;

/// <summary>
/// Claims as the plan's intake sends them, their determinations, and the enrollment that makes their member known:
/// the claims service refuses a CIN it has not heard of from eligibility (issue 14).
/// </summary>
public static class TestClaims
{
    public const string Tin = "330000001";
    public const string IntakePath = "/api/claims/v1/claims";

    private static readonly TimeSpan MemberArrival = TimeSpan.FromSeconds(60);

    /// <summary>A one-line office visit (99213) on <paramref name="serviceDate"/>.</summary>
    public static object Claim(string claimNumber, string cin, string billingNpi, decimal billed = 250.00m, string serviceDate = "2026-10-01",
        string? healthNetwork = null) => new
    {
        claimNumber,
        cin,
        billingNpi,
        billingTin = Tin,
        lineOfBusiness = "Medi-Cal",
        healthNetwork,
        diagnosisCodes = new[] { "Z00.00" },
        lines = new[] { new { serviceFrom = serviceDate, serviceTo = serviceDate, procedureCode = "99213", units = 1, billedAmount = billed } },
    };

    /// <summary>The one line finalized at <paramref name="payable"/>, the rest of the charge a contractual adjustment (CO-45).</summary>
    public static object Finalization(decimal billed, decimal payable) => new
    {
        status = "Finalized",
        lines = new[]
        {
            new
            {
                lineNumber = 1,
                allowedAmount = payable,
                payableAmount = payable,
                adjustments = billed == payable ? [] : new[] { new { group = "CO", reason = "45", amount = billed - payable } },
            },
        },
    };

    /// <summary>An enrollment/1 batch that adds the member with Medi-Cal coverage through <paramref name="program"/> (CCN by default) from 2026-01-01.</summary>
    public static HttpContent Enrollment(string cin, string lastName = "Claimant", string program = "CCN")
    {
        var batchId = $"claims-{Guid.NewGuid():N}";
        string[] lines =
        [
            JsonSerializer.Serialize(new { format = "enrollment/1", batchId }),
            JsonSerializer.Serialize(new { kind = "member", cin, medsId = TestData.MedsId(), firstName = "Test", lastName, dateOfBirth = "1984-03-09", sex = "F", preferredLanguage = "English" }),
            JsonSerializer.Serialize(new { kind = "span", cin, lineOfBusiness = "Medi-Cal", program, startDate = "2026-01-01" }),
        ];
        return new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson");
    }

    /// <summary>Enrolls a new member through the gateway and records a claim for them once claims knows them.</summary>
    public static async Task<HttpResponseMessage> EnrollAndRecordAsync(HttpClient staffThroughGateway, object claim, string cin)
    {
        (await staffThroughGateway.PostAsync("/api/eligibility/v1/enrollment-batches", Enrollment(cin))).EnsureSuccessStatusCode();
        return await RecordWhenKnownAsync(staffThroughGateway, IntakePath, claim);
    }

    /// <summary>Records the claim, sending it again while the member's enrollment is still on its way (400 naming cin).</summary>
    public static async Task<HttpResponseMessage> RecordWhenKnownAsync(HttpClient client, string path, object claim)
    {
        var deadline = DateTime.UtcNow + MemberArrival;
        while (true)
        {
            var response = await client.PostAsJsonAsync(path, claim);
            if (response.StatusCode != HttpStatusCode.BadRequest || DateTime.UtcNow > deadline || !(await response.Content.ReadAsStringAsync()).Contains("\"cin\""))
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
