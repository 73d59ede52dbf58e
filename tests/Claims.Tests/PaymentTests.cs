using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;
using Platform.Claims.Claims;
using Platform.Claims.Payments;
using Platform.Contracts.Claims;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

/// <summary>CLM-03: payments (checks and EFTs), the claims they settle, and their Remittance Advice.</summary>
public sealed class PaymentTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    private const string Payments = "/api/v1/payments";

    private readonly HttpClient staff = service.ClientWith(TestTokens.PlanStaff);

    [Fact]
    public async Task CLM_03_a_payment_settles_its_claims_and_its_remittance_balances_billed_less_adjustments_to_paid()
    {
        var npi = TestData.Npi();
        var paid = await DeterminedClaimAsync(npi, 200.00m, 150.00m);
        var denied = await service.RecordAsync(staff, billed: 80.00m, billingNpi: npi);
        (await staff.PostAsJsonAsync($"/api/v1/claims/{denied}/adjudication", new
        {
            status = "Denied", reason = "Not a covered benefit.",
            lines = new[] { new { lineNumber = 1, allowedAmount = 0m, payableAmount = 0m, adjustments = new[] { new { group = "CO", reason = "96", amount = 80.00m } } } },
        }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var number = $"EFT{Guid.NewGuid():N}"[..20];

        using var response = await staff.PostAsJsonAsync(Payments, ClaimsFixture.Payment("EFT", number, npi, paid, denied), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var remittance = (await response.Content.ReadFromJsonAsync<RemittanceAdvice>(JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!;
        Assert.Equal((150.00m, 280.00m), (remittance.Amount, remittance.BilledTotal));
        Assert.Equal([new AdjustmentTotal("CO", 130.00m)], remittance.Adjustments);
        Assert.Equal(remittance.BilledTotal - remittance.Adjustments.Sum(a => a.Amount), remittance.Amount);
        Assert.Equal([(denied, ClaimStatus.Denied), (paid, ClaimStatus.Finalized)], remittance.Claims.Select(c => (c.ClaimNumber, c.Status)).OrderBy(c => c.Item1 == paid));
        using var detail = await staff.GetAsync($"/api/v1/claims/{paid}", TestContext.Current.CancellationToken);
        var claim = await ClaimsFixture.DetailAsync(detail);
        Assert.Equal(($"EFT {number}", new DateOnly(2026, 11, 20)), (claim.Payment, claim.PaidOn));
        var events = await Eventually.ValueAsync(async () => (await service.EventsAsync<ClaimPaid>()).Where(e => e.PaymentNumber == number).ToList() is { Count: 2 } all ? all : null);
        Assert.Equal(150.00m, events.Single(e => e.ClaimNumber == paid).PaidAmount);
    }

    [Fact]
    public async Task A_payment_sent_again_is_the_same_payment_and_no_claim_is_paid_twice_or_before_its_determination()
    {
        var npi = TestData.Npi();
        var claim = await DeterminedClaimAsync(npi, 100.00m, 90.00m);
        var open = await service.RecordAsync(staff, billingNpi: npi);
        var someoneElses = await DeterminedClaimAsync(TestData.Npi(), 100.00m, 90.00m);
        var number = $"{Random.Shared.Next(100000, 999999)}";

        using var first = await staff.PostAsJsonAsync(Payments, ClaimsFixture.Payment("Check", number, npi, claim), TestContext.Current.CancellationToken);
        using var again = await staff.PostAsJsonAsync(Payments, ClaimsFixture.Payment("Check", number, npi, claim), TestContext.Current.CancellationToken);
        using var otherContent = await staff.PostAsJsonAsync(Payments, ClaimsFixture.Payment("Check", number, npi, open), TestContext.Current.CancellationToken);
        using var paidTwice = await staff.PostAsJsonAsync(Payments, ClaimsFixture.Payment("EFT", number, npi, claim), TestContext.Current.CancellationToken);
        using var undetermined = await staff.PostAsJsonAsync(Payments, ClaimsFixture.Payment("EFT", $"T{number}", npi, open), TestContext.Current.CancellationToken);
        using var otherPayee = await staff.PostAsJsonAsync(Payments, ClaimsFixture.Payment("EFT", $"U{number}", npi, someoneElses), TestContext.Current.CancellationToken);
        using var unknown = await staff.PostAsJsonAsync(Payments, ClaimsFixture.Payment("EFT", $"V{number}", npi, TestData.ClaimNumber()), TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict], new[] { first, again, otherContent }.Select(r => r.StatusCode));
        foreach (var refused in new[] { paidTwice, undetermined, otherPayee, unknown })
        {
            Assert.Equal(["claimNumbers[0]"], (await refused.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        }

        Assert.Single(await service.EventsAsync<ClaimPaid>(), e => e.ClaimNumber == claim);
    }

    [Fact]
    public async Task ACC_01_an_office_reconciles_its_own_payments_only_and_a_partner_sees_none()
    {
        var mine = TestData.Npi();
        var ours = await PayAsync(mine);
        var theirs = await PayAsync(TestData.Npi());
        using var provider = service.ClientWith(TestTokens.ForProviders([mine], Modules.Claims));
        using var partner = service.ClientWith(TestTokens.ForPartner("ALTAMED", Modules.Claims));

        var listed = await provider.GetFromJsonAsync<Page<PaymentSummary>>(Payments, JsonSerializerOptions.Web, TestContext.Current.CancellationToken);
        using var ownRemittance = await provider.GetAsync($"{Payments}/{ours}/remittance", TestContext.Current.CancellationToken);
        using var otherRemittance = await provider.GetAsync($"{Payments}/{theirs}/remittance", TestContext.Current.CancellationToken);
        var partnerList = await partner.GetFromJsonAsync<Page<PaymentSummary>>(Payments, JsonSerializerOptions.Web, TestContext.Current.CancellationToken);

        Assert.Equal([(ours, 1)], listed!.Items.Select(p => (p.PaymentId, p.Claims)));
        Assert.Equal(HttpStatusCode.OK, ownRemittance.StatusCode);
        await otherRemittance.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(partnerList!.Items);
    }

    [Fact]
    public async Task CLM_03_the_remittance_downloads_as_CSV_with_one_row_per_line_and_no_cell_a_spreadsheet_would_run()
    {
        var npi = TestData.Npi();
        var cin = await service.AnnounceMemberAsync(firstName: "=HYPERLINK(\"http://evil.example\")");
        var claimNumber = TestData.ClaimNumber();
        (await staff.PostAsJsonAsync(ClaimsFixture.Intake, ClaimBodies.ByProvider(claimNumber, cin, npi, null,
            [ClaimBodies.Line("2026-10-02", "99213", 100m), ClaimBodies.Line("2026-10-02", "81002", 10m)]), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/claims/{claimNumber}/adjudication", new
        {
            status = "Finalized",
            lines = new object[]
            {
                new { lineNumber = 1, allowedAmount = 80m, payableAmount = 70m, adjustments = new[] { new { group = "CO", reason = "45", amount = 20m }, new { group = "PR", reason = "3", amount = 10m } } },
                new { lineNumber = 2, allowedAmount = 10m, payableAmount = 10m },
            },
        }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        using var paid = await staff.PostAsJsonAsync(Payments, ClaimsFixture.Payment("EFT", $"CSV{Random.Shared.Next(100000, 999999)}", npi, claimNumber), TestContext.Current.CancellationToken);
        var paymentId = (await paid.Content.ReadFromJsonAsync<RemittanceAdvice>(JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!.PaymentId;

        using var response = await staff.GetAsync($"{Payments}/{paymentId}/remittance?format=csv", TestContext.Current.CancellationToken);
        var rows = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("Payment,Method,Paid On,Payee NPI,Claim Number", rows[0]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\") Member\"", rows[1]);
        Assert.Contains("CO-45 20.00; PR-3 10.00", rows[1]);
    }

    [Fact]
    public async Task CLM_03_the_remittance_downloads_as_a_PDF_titled_by_its_payment_on_as_many_pages_as_its_claims_need()
    {
        var npi = TestData.Npi();
        var cin = await service.AnnounceMemberAsync();
        var claimNumber = TestData.ClaimNumber();
        (await staff.PostAsJsonAsync(ClaimsFixture.Intake, ClaimBodies.ByProvider(claimNumber, cin, npi, null,
            [.. Enumerable.Range(1, 50).Select(day => ClaimBodies.Line($"2026-09-{day % 28 + 1:00}", "97110", 45m))]), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/claims/{claimNumber}/adjudication", new
        {
            status = "Finalized",
            lines = Enumerable.Range(1, 50).Select(line => new
            {
                lineNumber = line, allowedAmount = 40m, payableAmount = 40m, adjustments = new[] { new { group = "CO", reason = "45", amount = 5m } },
            }),
        }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var other = await DeterminedClaimAsync(npi, 100.00m, 60.00m);
        var number = $"PDF{Random.Shared.Next(100000, 999999)}";
        using var paid = await staff.PostAsJsonAsync(Payments, ClaimsFixture.Payment("Check", number, npi, claimNumber, other), TestContext.Current.CancellationToken);
        var paymentId = (await paid.Content.ReadFromJsonAsync<RemittanceAdvice>(JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!.PaymentId;

        using var response = await staff.GetAsync($"{Payments}/{paymentId}/remittance?format=pdf", TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"remittance-{number}.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal($"Remittance Advice Check {number}", pdf.Info.Title);
        Assert.Equal(2, pdf.PageCount);
        var text = string.Join('\n', pdf.Pages.Cast<PdfPage>().SelectMany(page => Strings(ContentReader.ReadContent(page))));
        Assert.All([$"Check {number}", claimNumber, other, "Adjusted (CO)", "$290.00", "Contains protected health information."], expected => Assert.Contains(expected, text));
    }

    [Fact]
    public async Task CLM_03_a_paid_claim_is_not_adjudicated_again_so_its_remittance_keeps_balancing()
    {
        var npi = TestData.Npi();
        var claim = await DeterminedClaimAsync(npi, 100.00m, 60.00m);
        (await staff.PostAsJsonAsync(Payments, ClaimsFixture.Payment("EFT", $"P{Guid.NewGuid():N}"[..20], npi, claim), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        using var adjusted = await staff.PostAsJsonAsync($"/api/v1/claims/{claim}/adjudication", TestClaims.Finalization(100.00m, 90.00m), TestContext.Current.CancellationToken);

        await adjusted.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Empty(await service.EventsAsync<ClaimAdjusted>());
    }

    [Theory]
    [InlineData("?npi=123", "npi")]
    [InlineData("?from=2026-12-01&to=2026-11-01", "from")]
    [InlineData("?after=nope", "after")]
    [InlineData("?limit=500", "limit")]
    [InlineData("/0193a000-0000-7000-8000-000000000000/remittance?format=xml", "format")]
    public async Task A_reconciliation_query_out_of_its_rules_is_a_400_naming_the_parameter(string query, string field)
    {
        using var response = await staff.GetAsync($"{Payments}{query}", TestContext.Current.CancellationToken);

        Assert.Equal([field], (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    private async Task<string> DeterminedClaimAsync(string npi, decimal billed, decimal payable)
    {
        var claimNumber = await service.RecordAsync(staff, billed: billed, billingNpi: npi);
        (await staff.PostAsJsonAsync($"/api/v1/claims/{claimNumber}/adjudication", TestClaims.Finalization(billed, payable), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        return claimNumber;
    }

    private async Task<Guid> PayAsync(string npi)
    {
        var claim = await DeterminedClaimAsync(npi, 100.00m, 60.00m);
        using var response = await staff.PostAsJsonAsync(Payments, ClaimsFixture.Payment("EFT", $"R{Guid.NewGuid():N}"[..20], npi, claim), TestContext.Current.CancellationToken);
        return (await response.Content.ReadFromJsonAsync<RemittanceAdvice>(JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!.PaymentId;
    }

    /// <summary>The strings a page draws: PDFsharp writes the printable's text as plain strings, one per line or cell.</summary>
    private static IEnumerable<string> Strings(CSequence content) => content.SelectMany(item => item switch
    {
        COperator { Name: "Tj" } draw => draw.Operands.OfType<CString>().Select(s => s.Value),
        CSequence inner => Strings(inner),
        _ => [],
    });
}
