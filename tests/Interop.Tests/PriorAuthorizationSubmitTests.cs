using System.Net;
using System.Net.Http.Json;
using Hl7.Fhir.Model;
using Platform.Identity.Seed;
using Platform.Interop.Fhir.PriorAuthorization;
using Platform.Tests;
using Xunit;
using static Platform.Interop.Tests.PasWorld;

namespace Platform.Interop.Tests;

/// <summary>
/// Issue 18, Da Vinci PAS: Claim/$submit and Claim/$inquire through the gateway with the demo partner's token (network
/// ALTAMED, ACC-06), decided by the referral service's own rules (REF-02…12) in the same response.
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class PriorAuthorizationSubmitTests(InteropFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_routine_rule_passing_request_is_approved_A1_in_the_same_response_REF_12()
    {
        var world = await CreateAsync(fixture);
        using var partner = fixture.Gateway(fixture.PartnerToken);

        using var response = await PostAsync(partner, SubmitPath, world.Request(world.Specialist));

        var claimResponse = await ClaimResponseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ClaimProcessingCodes.Complete, claimResponse.Outcome);
        Assert.StartsWith("RF", claimResponse.PreAuthRef);
        Assert.Equal([PasResponse.Certified], ReviewActions(claimResponse));
        Assert.Equal(FinancialResourceStatusCodes.Active, claimResponse.Status);
        Assert.NotNull(claimResponse.PreAuthPeriod);
    }

    [Fact]
    public async Task A_request_above_the_automatic_limits_answers_pended_A4_REF_12()
    {
        var world = await CreateAsync(fixture);
        using var partner = fixture.Gateway(fixture.PartnerToken);

        // Two MRIs: advanced imaging is approved at submission for one unit only (DecisionPolicy).
        using var response = await PostAsync(partner, SubmitPath, world.Request(world.Specialist, quantity: 2));

        var claimResponse = await ClaimResponseAsync(response);
        Assert.Equal(ClaimProcessingCodes.Queued, claimResponse.Outcome);
        Assert.StartsWith("RF", claimResponse.PreAuthRef);
        Assert.Equal([PasResponse.Pended], ReviewActions(claimResponse));
        Assert.Contains("clinical review", claimResponse.Item[0].Adjudication[0].Reason?.Text);
    }

    [Fact]
    public async Task A_stat_request_is_urgent_and_pended_A4_for_a_reviewer_REF_05_REF_12()
    {
        var world = await CreateAsync(fixture);
        using var partner = fixture.Gateway(fixture.PartnerToken);

        using var response = await PostAsync(partner, SubmitPath, world.Request(world.Specialist, priority: "stat"));

        var claimResponse = await ClaimResponseAsync(response);
        Assert.Equal(ClaimProcessingCodes.Queued, claimResponse.Outcome);
        Assert.Equal([PasResponse.Pended], ReviewActions(claimResponse));
        Assert.Contains("Urgent", claimResponse.Disposition);
    }

    [Fact]
    public async Task A_tertiary_servicing_provider_without_a_justification_is_not_submitted_and_the_outcome_says_what_to_send_REF_06_07()
    {
        var world = await CreateAsync(fixture);
        using var partner = fixture.Gateway(fixture.PartnerToken);

        using var response = await PostAsync(partner, SubmitPath, world.Request(world.Tertiary));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var issue = Assert.Single((await ReadAsync<OperationOutcome>(response)).Issue);
        Assert.Equal("Bundle.entry[0].resource.supportingInfo", Assert.Single(issue.Expression));
        Assert.Contains("tertiary provider", issue.Diagnostics);
    }

    [Fact]
    public async Task A_justified_tertiary_servicing_provider_is_submitted_and_pended_for_the_reviewer_REF_07()
    {
        var world = await CreateAsync(fixture);
        using var partner = fixture.Gateway(fixture.PartnerToken);

        using var response = await PostAsync(partner, SubmitPath,
            world.Request(world.Tertiary, message: "The member needs a pediatric oncology protocol no community provider offers."));

        var claimResponse = await ClaimResponseAsync(response);
        Assert.Equal(ClaimProcessingCodes.Queued, claimResponse.Outcome);
        Assert.Equal([PasResponse.Pended], ReviewActions(claimResponse));
        Assert.Contains("REF-07", claimResponse.Disposition);
    }

    [Fact]
    public async Task A_code_off_the_PA_list_is_not_certified_A3_with_the_rules_words_and_nothing_is_submitted_REF_02()
    {
        var world = await CreateAsync(fixture);
        using var partner = fixture.Gateway(fixture.PartnerToken);

        // 71046, a chest X-ray, needs no authorization; the MRI alongside is not reviewed.
        using var response = await PostAsync(partner, SubmitPath, world.Request(world.Specialist, codes: ["70551", "71046"]));

        var claimResponse = await ClaimResponseAsync(response);
        Assert.Equal(ClaimProcessingCodes.Error, claimResponse.Outcome);
        Assert.Null(claimResponse.PreAuthRef);
        var item = Assert.Single(claimResponse.Item);
        Assert.Equal(2, item.ItemSequence);
        Assert.Equal([PasResponse.NotCertified], ReviewActions(claimResponse));
        Assert.Contains("do NOT submit", item.Adjudication[0].Reason?.Text);
        Assert.Equal(2, Assert.Single(claimResponse.Error).ItemSequence);
    }

    [Fact]
    public async Task Malformed_json_and_a_bundle_missing_an_element_are_400_operation_outcomes_naming_it()
    {
        var world = await CreateAsync(fixture);
        using var partner = fixture.Gateway(fixture.PartnerToken);
        var noService = world.Request(world.Specialist);
        Assert.IsType<Claim>(noService.Entry[0].Resource).Item[0].ProductOrService = null!;

        using var malformed = await PostAsync(partner, SubmitPath, "{\"resourceType\":\"Bundle\",\"type\":");
        using var missing = await PostAsync(partner, SubmitPath, noService);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.NotEmpty((await ReadAsync<OperationOutcome>(malformed)).Issue);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var issue = Assert.Single((await ReadAsync<OperationOutcome>(missing)).Issue);
        Assert.Equal("Bundle.entry[0].resource.item[0].productOrService", Assert.Single(issue.Expression));
    }

    [Fact]
    public async Task A_member_of_another_network_is_404_to_the_partner_ACC_06()
    {
        var world = await CreateAsync(fixture);
        using var partner = fixture.Gateway(fixture.PartnerToken);

        using var response = await PostAsync(partner, SubmitPath, world.Request(world.Specialist, cin: world.OtherNetworkCin));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(OperationOutcome.IssueType.NotFound, Assert.Single((await ReadAsync<OperationOutcome>(response)).Issue).Code);
    }

    [Fact]
    public async Task A_requesting_provider_outside_the_partners_network_is_404_ACC_06()
    {
        var world = await CreateAsync(fixture);
        using var partner = fixture.Gateway(fixture.PartnerToken);

        using var response = await PostAsync(partner, SubmitPath, world.Request(world.Specialist, requestingNpi: world.OtherNetworkProvider));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(world.OtherNetworkProvider, Assert.Single((await ReadAsync<OperationOutcome>(response)).Issue).Diagnostics);
    }

    [Fact]
    public async Task Submit_without_a_token_is_401()
    {
        var world = await CreateAsync(fixture);
        using var anonymous = fixture.Gateway();

        using var response = await PostAsync(anonymous, SubmitPath, world.Request(world.Specialist));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_capability_statement_lists_Claim_with_the_PAS_submit_and_inquire_operations()
    {
        using var anonymous = fixture.Gateway();

        var statement = await ReadAsync<CapabilityStatement>(await anonymous.GetAsync("/api/fhir/r4/metadata", Cancel));

        var claim = Assert.Single(statement.Rest[0].Resource, resource => resource.Type == "Claim");
        Assert.Equal([PriorAuthorizationApi.SubmitDefinition, PriorAuthorizationApi.InquireDefinition], claim.Operation.Select(operation => operation.Definition));
    }

    [Fact]
    public async Task A_retry_of_the_same_bundle_identifier_answers_the_same_referral_not_a_second_one()
    {
        var world = await CreateAsync(fixture);
        using var partner = fixture.Gateway(fixture.PartnerToken);
        var bundle = world.Request(world.Specialist);

        using var first = await PostAsync(partner, SubmitPath, bundle);
        using var retry = await PostAsync(partner, SubmitPath, bundle);

        var (original, again) = (await ClaimResponseAsync(first), await ClaimResponseAsync(retry));
        Assert.Equal(original.PreAuthRef, again.PreAuthRef);
        Assert.Equal([PasResponse.Certified], ReviewActions(again));
    }

    [Fact]
    public async Task Inquire_answers_the_current_status_after_a_reviewers_decision_by_preAuthRef_or_claim_identifier_REF_13()
    {
        var world = await CreateAsync(fixture);
        using var partner = fixture.Gateway(fixture.PartnerToken);
        var claimId = Guid.NewGuid().ToString();
        var pended = await ClaimResponseAsync(await PostAsync(partner, SubmitPath, world.Request(world.Specialist, quantity: 2, claimId: claimId)));
        var number = pended.PreAuthRef;

        var before = await ClaimResponseAsync(await PostAsync(partner, InquirePath, world.Inquiry(preAuthRef: number)));
        using var staff = fixture.Gateway(await SignIn.TokenAsync(fixture.Gateway(), DemoSeed.PlanStaff));
        using var decided = await staff.PostAsJsonAsync($"/api/referral/v1/referrals/{number}/decision", new { decision = "Approve" }, Cancel);
        decided.EnsureSuccessStatusCode();
        var byNumber = await ClaimResponseAsync(await PostAsync(partner, InquirePath, world.Inquiry(preAuthRef: number)));
        var byClaim = await ClaimResponseAsync(await PostAsync(partner, InquirePath, world.Inquiry(claimId: claimId)));

        Assert.Equal([PasResponse.Pended], ReviewActions(before));
        Assert.Equal(ClaimProcessingCodes.Complete, byNumber.Outcome);
        Assert.Equal([PasResponse.Certified], ReviewActions(byNumber));
        Assert.Equal(number, byClaim.PreAuthRef);
        Assert.Equal([PasResponse.Certified], ReviewActions(byClaim));
    }

    [Fact]
    public async Task ACC_06_inquire_for_an_unknown_referral_or_another_members_is_404()
    {
        var world = await CreateAsync(fixture);
        using var partner = fixture.Gateway(fixture.PartnerToken);
        var approved = await ClaimResponseAsync(await PostAsync(partner, SubmitPath, world.Request(world.Specialist)));
        var other = await CreateAsync(fixture);

        using var unknown = await PostAsync(partner, InquirePath, world.Inquiry(preAuthRef: "RF999999999"));
        using var otherMember = await PostAsync(partner, InquirePath, other.Inquiry(preAuthRef: approved.PreAuthRef));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(OperationOutcome.IssueType.NotFound, Assert.Single((await ReadAsync<OperationOutcome>(unknown)).Issue).Code);
        Assert.Equal(HttpStatusCode.NotFound, otherMember.StatusCode);
    }
}
