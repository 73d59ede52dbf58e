using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

/// <summary>Intake refuses what a claims system would never send, naming each field, and records nothing of it.</summary>
public sealed class ClaimValidationTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    private readonly HttpClient staff = service.ClientWith(TestTokens.PlanStaff);

    [Fact]
    public async Task Invalid_identifiers_codes_and_amounts_are_each_named_in_one_problem()
    {
        var claimNumber = TestData.ClaimNumber();
        var claim = new
        {
            claimNumber,
            cin = "1234",
            billingNpi = "1234567890",
            billingTin = "12-34",
            renderingNpi = "12",
            lineOfBusiness = "Medicaid",
            diagnosisCodes = new[] { "E11.9", "11.9", "E11.12345" },
            lines = new object[]
            {
                new { serviceFrom = "2026-10-05", serviceTo = "2026-10-01", procedureCode = "9921", modifiers = new[] { "U", "25", "59", "XS", "76" }, units = 0, billedAmount = 10.001m, placeOfService = "1" },
                new { serviceFrom = "2026-10-01", serviceTo = "2026-10-01", procedureCode = "W1234", units = 1, billedAmount = 0m },
            },
        };

        using var response = await staff.PostAsJsonAsync(ClaimsFixture.Intake, claim, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equivalent(new[]
        {
            "cin", "billingNpi", "billingTin", "renderingNpi", "lineOfBusiness", "diagnosisCodes[1]", "diagnosisCodes[2]",
            "lines[0].serviceTo", "lines[0].procedureCode", "lines[0].modifiers", "lines[0].units", "lines[0].billedAmount", "lines[0].placeOfService",
            "lines[1].procedureCode", "lines[1].billedAmount",
        }, problem.ErrorFields(), strict: true);
        Assert.False(await service.QueryAsync(db => db.Claims.AnyAsync(c => c.ClaimNumber == claimNumber)));
    }

    [Fact]
    public async Task A_claim_without_diagnoses_lines_or_dates_of_service_names_each()
    {
        var claim = new { claimNumber = TestData.ClaimNumber(), cin = TestData.Cin(), billingNpi = TestData.Npi(), billingTin = TestClaims.Tin, lineOfBusiness = "Medi-Cal",
            diagnosisCodes = Array.Empty<string>(), lines = new object[] { new { procedureCode = "99213", units = 1, billedAmount = 10m } } };

        using var response = await staff.PostAsJsonAsync(ClaimsFixture.Intake, claim, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equivalent(new[] { "diagnosisCodes", "lines[0].serviceFrom", "lines[0].serviceTo" }, problem.ErrorFields(), strict: true);
    }

    [Theory]
    [InlineData("0001-01-01", null, "lines[0].serviceFrom")]
    [InlineData("9999-12-31", null, "lines[0].serviceFrom")]
    [InlineData("2026-10-10", "2026-10-09", "lines[0].serviceFrom")]
    [InlineData("2026-10-01", "1999-12-31", "receivedOn")]
    public async Task Dates_outside_their_bounds_or_after_the_day_received_are_named(string serviceDate, string? receivedOn, string field)
    {
        var claim = new { claimNumber = TestData.ClaimNumber(), cin = await service.MemberAsync(), billingNpi = TestData.Npi(), billingTin = TestClaims.Tin,
            lineOfBusiness = "Medi-Cal", receivedOn, diagnosisCodes = new[] { "Z00.00" },
            lines = new[] { new { serviceFrom = serviceDate, serviceTo = "2026-10-01", procedureCode = "99213", units = 1, billedAmount = 10m } } };

        using var response = await staff.PostAsJsonAsync(ClaimsFixture.Intake, claim, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_the_field_not_a_server_error()
    {
        var body = new StringContent(
            $$"""{"claimNumber":"{{TestData.ClaimNumber()}}","cin":"{{TestData.Cin()}}","billingNpi":"{{TestData.Npi()}}","billingTin":"330000001","lineOfBusiness":"Medi-Cal","diagnosisCodes":["Z00.00"],"lines":[{"serviceFrom":"2026-10-01","serviceTo":"2026-10-01","procedureCode":"99213","units":1,"billedAmount":"lots"}]}""",
            Encoding.UTF8, "application/json");

        using var response = await staff.PostAsync(ClaimsFixture.Intake, body, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(problem.ErrorFields(), field => field.Contains("billedAmount"));
    }

    [Fact]
    public async Task A_cin_the_plan_has_not_announced_is_named_and_nothing_is_recorded()
    {
        var claimNumber = TestData.ClaimNumber();

        using var response = await staff.PostAsJsonAsync(ClaimsFixture.Intake, TestClaims.Claim(claimNumber, TestData.Cin(), TestData.Npi()), TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["cin"], problem.ErrorFields());
        Assert.False(await service.QueryAsync(db => db.Claims.AnyAsync(c => c.ClaimNumber == claimNumber)));
    }

    [Theory]
    [InlineData("GET", "/api/v1/claims/abc")]
    [InlineData("GET", "/api/v1/claims/C1234567890123456789X")]
    [InlineData("POST", "/api/v1/claims/C123%20456/adjudication")]
    public async Task A_claim_number_out_of_its_format_in_the_address_is_named_not_looked_up(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(TestClaims.Finalization(10m, 10m)) : null,
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
    public async Task A_claim_number_outside_its_format_is_a_400_and_nothing_is_recorded()
    {
        var claimNumber = "CLAIM-Ü" + TestData.ClaimNumber()[1..8];

        using var response = await staff.PostAsJsonAsync(ClaimsFixture.Intake, await service.NewClaimAsync(claimNumber), TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["claimNumber"], problem.ErrorFields());
        Assert.False(await service.QueryAsync(db => db.Claims.AnyAsync(c => c.ClaimNumber == claimNumber)));
    }
}
