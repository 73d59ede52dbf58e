using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Identity.Seed;
using Platform.Testing;
using Xunit;

namespace Platform.Tests;

/// <summary>Issue 15's whole path through the gateway, every service and server real: from a finalized claim to its adjustment.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DisputeJourneyTests(PlatformFixture platform)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DSP_01_to_10_a_finalized_claim_is_disputed_with_five_files_acknowledged_by_email_overturned_and_its_claim_adjusted_once()
    {
        using var staff = await platform.SignedInAsync(DemoSeed.PlanStaff);
        using var provider = await platform.SignedInAsync(DemoSeed.ProviderUser);
        var (claimNumber, cin) = (TestData.ClaimNumber(), TestData.Cin());
        (await TestClaims.EnrollAndRecordAsync(staff, TestClaims.Claim(claimNumber, cin, DemoSeed.AnaheimPediatrician.Npi, 180.00m, "2026-08-03"), cin)).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/claims/v1/claims/{claimNumber}/adjudication", TestClaims.Finalization(180.00m, 150.00m), Cancellation)).EnsureSuccessStatusCode();
        // CLM-05: disputable once ClaimFinalized has reached the dispute service.
        await Eventually.TrueAsync(async () => (await provider.GetAsync($"/api/dispute/v1/disputable-claims/{claimNumber}")).StatusCode == HttpStatusCode.OK);
        var contact = $"billing-{Guid.NewGuid():N}@harbor.example";

        var disputeNumber = await FileAsync(provider, claimNumber, contact);
        var files = await UploadAsync(provider, disputeNumber,
            ("eob.pdf", SampleFiles.Pdf()), ("scan.png", SampleFiles.Png), ("letter.jpg", SampleFiles.Jpeg), ("appeal.docx", SampleFiles.Docx()), ("lines.xlsx", SampleFiles.Xlsx()));
        var mailbox = new SinkMailbox((await LocalServers.EnsureStartedAsync()).Maildir);
        var acknowledgment = await mailbox.WaitForAsync(message => message.To.Mailboxes.Any(to => to.Address == contact));
        (await staff.PostAsync($"/api/dispute/v1/disputes/{disputeNumber}/review", null, Cancellation)).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/dispute/v1/disputes/{disputeNumber}/resolution",
            new { outcome = "Overturned", rationale = "Line 1 is paid at the contracted rate.", payableAmount = 180.00m }, Cancellation)).EnsureSuccessStatusCode();

        Assert.Equal(5, files);
        Assert.Equal(5, (await provider.GetFromJsonAsync<JsonElement>($"/api/dispute/v1/disputes/{disputeNumber}/attachments", Cancellation)).GetArrayLength());
        // DSP-06: to the contact and the office's LOA, whom identity announced.
        Assert.Equal([contact, DemoSeed.HarborLoa.Email], acknowledgment.To.Mailboxes.Select(to => to.Address));
        Assert.Contains(disputeNumber, acknowledgment.Subject);
        // DSP-10: DisputeResolved reaches claims, which raises the payable once.
        using var detail = await Eventually.ValueAsync(async () =>
        {
            var read = JsonDocument.Parse(await staff.GetStringAsync($"/api/claims/v1/claims/{claimNumber}"));
            return read.RootElement.GetProperty("disputeAdjustments").GetArrayLength() > 0 ? read : null;
        });
        var claim = detail.RootElement;
        var adjustment = Assert.Single(claim.GetProperty("disputeAdjustments").EnumerateArray());
        Assert.Equal((disputeNumber, 150.00m, 180.00m),
            (adjustment.GetProperty("disputeNumber").GetString(), adjustment.GetProperty("previousPayableAmount").GetDecimal(), adjustment.GetProperty("payableAmount").GetDecimal()));
        Assert.Equal(180.00m, claim.GetProperty("payableAmount").GetDecimal());
    }

    private static async Task<string> FileAsync(HttpClient provider, string claimNumber, string contact)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dispute/v1/disputes")
        {
            Content = JsonContent.Create(new
            {
                claimNumber, type = "RateOfPayment", description = "Line 1 was paid below the contracted rate.", expectedOutcome = "Pay line 1 at the contracted rate.",
                contact = new { name = "Ana Ortiz", email = contact, phone = "(714) 555-0100" },
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await provider.SendAsync(request, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("disputeNumber").GetString()!;
    }

    /// <summary>DSP-05: the files in one multipart request through the gateway's upload route; how many it stored.</summary>
    private static async Task<int> UploadAsync(HttpClient provider, string disputeNumber, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "file", name);
        }

        using var response = await provider.PostAsync($"/api/dispute/v1/disputes/{disputeNumber}/attachments", form, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetArrayLength();
    }
}
