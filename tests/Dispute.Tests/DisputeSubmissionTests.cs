using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Disputes;
using Platform.Dispute.DisputableClaims;
using Platform.Dispute.Disputes;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Outbox;
using Platform.Testing;
using Xunit;

namespace Platform.Dispute.Tests;

public sealed class DisputeSubmissionTests(DisputeFixture service) : IClassFixture<DisputeFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DSP_01_02_a_finalized_claim_is_disputed_with_its_amounts_and_the_contact_and_the_dispute_is_announced()
    {
        var claim = await service.FinalizedClaimAsync();
        using var office = service.Office(claim);

        using var response = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim) with { Type = "RateOfPayment" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dispute = (await response.Content.ReadFromJsonAsync<DisputeResponse>(Cancellation))!;
        Assert.Matches("^PDR[0-9]{9}$", dispute.DisputeNumber);
        Assert.Equal((claim.ClaimNumber, claim.Cin, 1, DisputeType.RateOfPayment, DisputeStatus.Submitted, DisputeResponse.Plan, 120.00m, 80.00m),
            (dispute.ClaimNumber, dispute.Cin, dispute.Level, dispute.Type, dispute.Status, dispute.RoutedTo, dispute.BilledAmount, dispute.PayableAmount));
        Assert.Equal(new DisputeContact("Ana Ortiz", "billing@office.example", "7145550100", "Billing lead", null), dispute.Contact);
        Assert.Equal($"/api/v1/disputes/{dispute.DisputeNumber}", response.Headers.Location!.OriginalString);
        var read = await office.GetFromJsonAsync<DisputeResponse>($"/api/v1/disputes/{dispute.DisputeNumber}", Cancellation);
        Assert.Equal(dispute.Description, read!.Description);
        var announced = await service.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.Type.StartsWith(typeof(DisputeSubmitted).FullName!)).Select(m => m.Payload).ToListAsync());
        Assert.Contains(announced, payload => JsonSerializer.Deserialize<DisputeSubmitted>(payload, JsonSerializerOptions.Web)!.DisputeNumber == dispute.DisputeNumber);
    }

    [Fact]
    public async Task DSP_01_a_claim_with_an_open_dispute_takes_no_second_one()
    {
        var claim = await service.FinalizedClaimAsync();
        using var office = service.Office(claim);
        using var first = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim) with { Description = "Another look, please." });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains((await first.Content.ReadFromJsonAsync<DisputeResponse>(Cancellation))!.DisputeNumber, await second.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task DSP_01_two_submissions_racing_for_one_claim_make_one_dispute()
    {
        var claim = await service.FinalizedClaimAsync();
        using var office = service.Office(claim);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => DisputeForms.SubmitAsync(office, DisputeForms.Form(claim) with { Description = $"Submission {i}" })));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(1, await service.QueryAsync(db => db.Disputes.CountAsync(d => d.ClaimId == claim.ClaimId)));
    }

    [Fact]
    public async Task A_retried_submission_with_its_idempotency_key_makes_one_dispute_and_other_content_under_the_key_is_a_409()
    {
        var claim = await service.FinalizedClaimAsync();
        using var office = service.Office(claim);
        var key = Guid.NewGuid().ToString();

        using var first = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim), key);
        using var retry = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim), key);
        using var changed = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim) with { ExpectedOutcome = "Something else." }, key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict), (first.StatusCode, retry.StatusCode, changed.StatusCode));
        Assert.Equal((await first.Content.ReadFromJsonAsync<DisputeResponse>(Cancellation))!.DisputeNumber,
            (await retry.Content.ReadFromJsonAsync<DisputeResponse>(Cancellation))!.DisputeNumber);
        Assert.Equal(1, await service.QueryAsync(db => db.Disputes.CountAsync(d => d.ClaimId == claim.ClaimId)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("has spaces")]
    public async Task A_submission_without_a_good_idempotency_key_is_a_400_naming_the_header(string? key)
    {
        var claim = await service.FinalizedClaimAsync();
        using var office = service.Office(claim);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/disputes") { Content = JsonContent.Create(DisputeForms.Form(claim)) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(SubmitDispute.IdempotencyHeader, key);
        }

        using var response = await office.SendAsync(request, Cancellation);

        await DisputeForms.AssertProblemAsync(response, SubmitDispute.IdempotencyHeader);
        Assert.False(await service.QueryAsync(db => db.Disputes.AnyAsync(d => d.ClaimId == claim.ClaimId)));
    }

    [Fact]
    public async Task DSP_03_a_medical_necessity_review_is_refused_with_where_to_send_the_appeal()
    {
        var claim = await service.FinalizedClaimAsync();
        using var office = service.Office(claim);

        using var response = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim) with { Type = "MedicalNecessity" });

        var problem = await DisputeForms.AssertProblemAsync(response, "type");
        Assert.Contains(DisputeScope.GrievanceAndAppeals, problem.Errors["type"].Single());
    }

    [Fact]
    public async Task DSP_03_a_OneCare_non_contracted_DRG_appeal_goes_to_Grievance_and_Appeals_but_a_contracted_providers_is_a_dispute()
    {
        var nonContracted = await service.FinalizedClaimAsync(lineOfBusiness: "OneCare");
        var contracted = await service.FinalizedClaimAsync(lineOfBusiness: "OneCare");
        var mediCal = await service.FinalizedClaimAsync(lineOfBusiness: "Medi-Cal");

        using var refused = await DisputeForms.SubmitAsync(service.Office(nonContracted), DisputeForms.Form(nonContracted) with { Type = "DiagnosisOrDrg", ContractedProvider = false });
        using var accepted = await DisputeForms.SubmitAsync(service.Office(contracted), DisputeForms.Form(contracted) with { Type = "DiagnosisOrDrg", ContractedProvider = true });
        using var mediCalAccepted = await DisputeForms.SubmitAsync(service.Office(mediCal), DisputeForms.Form(mediCal) with { Type = "Bundling", ContractedProvider = false });

        await DisputeForms.AssertProblemAsync(refused, "type");
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (accepted.StatusCode, mediCalAccepted.StatusCode));
    }

    [Fact]
    public async Task DSP_03_a_claim_a_health_network_pays_is_routed_to_it_and_its_partner_sees_the_dispute()
    {
        var claim = await service.FinalizedClaimAsync(healthNetwork: "ALTAMED");
        using var office = service.Office(claim);

        using var response = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim));

        var dispute = (await response.Content.ReadFromJsonAsync<DisputeResponse>(Cancellation))!;
        Assert.Equal("ALTAMED", dispute.RoutedTo);
        using var network = service.ClientWith(TestTokens.ForPartner("ALTAMED", Modules.Disputes));
        using var otherNetwork = service.ClientWith(TestTokens.ForPartner("MONARCH", Modules.Disputes));
        using var seen = await network.GetAsync($"/api/v1/disputes/{dispute.DisputeNumber}", Cancellation);
        using var hidden = await otherNetwork.GetAsync($"/api/v1/disputes/{dispute.DisputeNumber}", Cancellation);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (seen.StatusCode, hidden.StatusCode));
    }

    [Fact]
    public async Task DSP_04_a_dispute_filed_more_than_365_days_after_the_determination_is_refused_with_the_date_it_was_due()
    {
        var finalizedAt = DateTimeOffset.UtcNow.AddDays(-400);
        var claim = await service.FinalizedClaimAsync(finalizedAt: finalizedAt);
        using var office = service.Office(claim);

        using var response = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim));

        var problem = await DisputeForms.AssertProblemAsync(response, "claimNumber");
        Assert.Contains(finalizedAt.PlanDay().AddDays(365).ToString("yyyy-MM-dd"), problem.Errors["claimNumber"].Single());
    }

    [Fact]
    public async Task CLM_05_ACC_01_a_claim_not_finalized_here_or_of_another_office_is_not_found_and_nothing_is_saved()
    {
        var claim = await service.FinalizedClaimAsync();
        using var stranger = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Disputes));
        using var office = service.Office(claim);

        using var notYours = await DisputeForms.SubmitAsync(stranger, DisputeForms.Form(claim));
        using var notFinalized = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim) with { ClaimNumber = TestData.ClaimNumber() });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (notYours.StatusCode, notFinalized.StatusCode));
        Assert.False(await service.QueryAsync(db => db.Disputes.AnyAsync(d => d.ClaimId == claim.ClaimId)));
    }

    public static TheoryData<string, string> BadForms => new()
    {
        { """{"type":"Processing","description":"x","expectedOutcome":"y","contact":{"name":"A","email":"a@b.example","phone":"7145550100"}}""", "claimNumber" },
        { """{"claimNumber":"{claim}","type":"Lunch","description":"x","expectedOutcome":"y","contact":{"name":"A","email":"a@b.example","phone":"7145550100"}}""", "type" },
        { """{"claimNumber":"{claim}","type":"1","description":"x","expectedOutcome":"y","contact":{"name":"A","email":"a@b.example","phone":"7145550100"}}""", "type" },
        { """{"claimNumber":"{claim}","type":"Processing","description":"   ","expectedOutcome":"y","contact":{"name":"A","email":"a@b.example","phone":"7145550100"}}""", "description" },
        { """{"claimNumber":"{claim}","type":"Processing","description":"x","expectedOutcome":"y","level":3,"contact":{"name":"A","email":"a@b.example","phone":"7145550100"}}""", "level" },
        { """{"claimNumber":"{claim}","type":"Processing","description":"x","expectedOutcome":"y","contact":{"name":"A","email":"a@b.example"}}""", "contact.phone" },
        { """{"claimNumber":"{claim}","type":"Processing","description":"x","expectedOutcome":"y","contact":{"name":"A","email":"not an email","phone":"7145550100"}}""", "contact.email" },
        { """{"claimNumber":"{claim}","type":"Processing","description":"x","expectedOutcome":"y","contact":{"name":"","email":"a@b.example","phone":"7145550100"}}""", "contact.name" },
        { """{"claimNumber":"{claim}","type":"Processing","description":"x","expectedOutcome":"y","contact":{"name":"A","email":"a@b.example","phone":"7145550100","fax":"12"}}""", "contact.fax" },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public async Task DSP_02_a_form_with_a_field_missing_or_wrong_is_a_400_naming_it_and_saves_nothing(string body, string field)
    {
        var claim = await service.FinalizedClaimAsync();
        using var office = service.Office(claim);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/disputes")
        {
            Content = new StringContent(body.Replace("{claim}", claim.ClaimNumber), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(SubmitDispute.IdempotencyHeader, Guid.NewGuid().ToString());

        using var response = await office.SendAsync(request, Cancellation);

        await DisputeForms.AssertProblemAsync(response, field);
        Assert.False(await service.QueryAsync(db => db.Disputes.AnyAsync(d => d.ClaimId == claim.ClaimId)));
    }

    [Fact]
    public async Task A_dispute_number_out_of_its_format_is_a_400_and_an_unknown_one_a_404()
    {
        using var client = service.ClientWith(TestTokens.PlanStaff);

        using var malformed = await client.GetAsync("/api/v1/disputes/PDR12", Cancellation);
        using var unknown = await client.GetAsync("/api/v1/disputes/PDR999999999", Cancellation);

        await DisputeForms.AssertProblemAsync(malformed, "disputeNumber");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
