using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

public sealed class ClaimValidationTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    private readonly HttpClient staff = service.ClientWith(TestTokens.PlanStaff);

    [Fact]
    public async Task Invalid_identifiers_and_dates_are_each_named_in_one_problem()
    {
        var claim = new { claimNumber = TestData.ClaimNumber(), cin = "1234", billingNpi = "1234567890", serviceFrom = "2026-10-05", serviceTo = "2026-10-01", billedAmount = 10.001m };

        using var response = await staff.PostAsJsonAsync("/api/v1/claims", claim, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equivalent(new[] { "cin", "billingNpi", "serviceTo", "billedAmount" }, problem.ErrorFields());
    }

    [Fact]
    public async Task Missing_dates_of_service_are_named_not_taken_as_year_one()
    {
        var claim = new { claimNumber = TestData.ClaimNumber(), cin = TestData.Cin(), billingNpi = TestData.Npi(), billedAmount = 10m };

        using var response = await staff.PostAsJsonAsync("/api/v1/claims", claim, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equivalent(new[] { "serviceFrom", "serviceTo" }, problem.ErrorFields());
    }

    [Theory]
    [InlineData("0001-01-01", "0001-01-01")]
    [InlineData("2026-10-01", "9999-12-31")]
    public async Task Dates_of_service_outside_2000_to_today_are_named(string from, string to)
    {
        var claim = new { claimNumber = TestData.ClaimNumber(), cin = TestData.Cin(), billingNpi = TestData.Npi(), serviceFrom = from, serviceTo = to, billedAmount = 10m };

        using var response = await staff.PostAsJsonAsync("/api/v1/claims", claim, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equivalent(from.StartsWith("0001") ? new[] { "serviceFrom", "serviceTo" } : ["serviceTo"], problem.ErrorFields());
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_the_field_not_a_server_error()
    {
        var body = new StringContent(
            $$"""{"claimNumber":"{{TestData.ClaimNumber()}}","cin":"{{TestData.Cin()}}","billingNpi":"{{TestData.Npi()}}","serviceFrom":"2026-10-01","serviceTo":"2026-10-01","billedAmount":"lots"}""",
            Encoding.UTF8, "application/json");

        using var response = await staff.PostAsync("/api/v1/claims", body, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["billedAmount"], problem.ErrorFields());
    }

    [Theory]
    [InlineData("GET", "/api/v1/claims/abc")]
    [InlineData("GET", "/api/v1/claims/C1234567890123456789X")]
    [InlineData("POST", "/api/v1/claims/C123%20456/finalization")]
    public async Task A_claim_number_out_of_its_format_in_the_address_is_named_not_looked_up(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new { payableAmount = 1.00m }) : null,
        };

        using var response = await staff.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["claimNumber"], problem.ErrorFields());
    }

    [Fact]
    public async Task An_unknown_claim_is_a_404_problem()
    {
        using var response = await staff.GetAsync($"/api/v1/claims/{TestData.ClaimNumber()}", TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Recording_the_same_claim_number_twice_is_a_conflict()
    {
        var claimNumber = await service.RecordAsync(staff);

        using var again = await staff.PostAsJsonAsync("/api/v1/claims", ClaimsFixture.NewClaim(claimNumber), TestContext.Current.CancellationToken);

        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_empty_finalization_is_a_400_naming_the_payable_amount_and_leaves_the_claim_open()
    {
        var claimNumber = await service.RecordAsync(staff);

        using var empty = await staff.PostAsJsonAsync($"/api/v1/claims/{claimNumber}/finalization", new { }, TestContext.Current.CancellationToken);
        using var later = await staff.PostAsJsonAsync($"/api/v1/claims/{claimNumber}/finalization", new { payableAmount = 10m }, TestContext.Current.CancellationToken);

        var problem = await empty.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["payableAmount"], problem.ErrorFields());
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task A_claim_number_outside_its_format_is_a_400_and_nothing_is_recorded()
    {
        var claimNumber = "CLAIM-Ü" + TestData.ClaimNumber()[1..8];

        using var response = await staff.PostAsJsonAsync("/api/v1/claims", ClaimsFixture.NewClaim(claimNumber), TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["claimNumber"], problem.ErrorFields());
        Assert.False(await service.QueryAsync(db => db.Claims.AnyAsync(c => c.ClaimNumber == claimNumber)));
    }
}
