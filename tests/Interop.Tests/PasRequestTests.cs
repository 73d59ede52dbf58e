using Hl7.Fhir.Model;
using Platform.Interop.Fhir.PriorAuthorization;
using Platform.ServiceDefaults;
using Platform.Testing;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>How a PAS request Bundle is read into the referral service's terms (pure: no platform).</summary>
public sealed class PasRequestTests
{
    private readonly PasWorld world = new(TestData.Cin(), TestData.Cin(), TestData.Npi(), TestData.Npi(), TestData.Npi(), TestData.Npi());

    [Fact]
    public void A_request_bundle_reads_into_member_providers_services_period_urgency_and_message()
    {
        var (request, problem) = PasRequest.Read(world.Request(world.Specialist, codes: ["70551", "95810"], quantity: 2, priority: "stat", message: "Headaches."));

        Assert.Null(problem);
        Assert.Equal((world.Cin, world.Requesting, world.Specialist), (request!.Cin, request.RequestingNpi, request.ServicingNpi));
        Assert.Equal(["R07.9"], request.DiagnosisCodes);
        Assert.Equal(["70551", "95810"], request.Lines.Select(line => line.ProcedureCode));
        Assert.All(request.Lines, line => Assert.Equal((2, "11"), (line.Quantity, line.PlaceOfService)));
        Assert.Equal(PasWorld.ServiceDate, request.ServiceFrom);
        Assert.Null(request.ServiceTo);
        Assert.True(request.Urgent);
        Assert.Equal("Headaches.", request.Message);
    }

    [Fact]
    public void The_idempotency_key_is_the_same_for_every_retry_of_a_bundle_identifier_and_a_valid_key()
    {
        var first = PasRequest.Read(world.Request(world.Specialist, bundleId: "urn:uuid:retry")).Request!;
        var retry = PasRequest.Read(world.Request(world.Specialist, bundleId: "urn:uuid:retry")).Request!;
        var other = PasRequest.Read(world.Request(world.Specialist)).Request!;

        Assert.Equal(first.IdempotencyKey, retry.IdempotencyKey);
        Assert.NotEqual(first.IdempotencyKey, other.IdempotencyKey);
        Assert.True(IdempotencyKeys.IsValid(first.IdempotencyKey));
    }

    [Fact]
    public void A_patient_without_a_cin_is_refused_at_claim_patient()
    {
        var (_, problem) = PasRequest.Read(world.Request(world.Specialist, cin: "not-a-cin"));

        Assert.Equal("Bundle.entry[0].resource.patient", problem?.Expression);
    }

    [Fact]
    public void Items_naming_two_servicing_providers_are_refused_one_referral_has_one()
    {
        var bundle = world.Request(world.Specialist, codes: ["70551", "95810"]);
        var claim = Assert.IsType<Claim>(bundle.Entry[0].Resource);
        claim.CareTeam.Add(new Claim.CareTeamComponent { Sequence = 2, Provider = claim.CareTeam[0].Provider });
        claim.Item[1].CareTeamSequence = [2];

        var (_, problem) = PasRequest.Read(bundle);

        Assert.Equal("Bundle.entry[0].resource.item[0].careTeamSequence", problem?.Expression);
    }

    [Fact]
    public void A_bundle_that_is_not_a_collection_or_not_for_preauthorization_is_refused_naming_the_element()
    {
        var batch = world.Request(world.Specialist);
        batch.Type = Bundle.BundleType.Batch;
        var claimUse = world.Request(world.Specialist);
        Assert.IsType<Claim>(claimUse.Entry[0].Resource).Use = ClaimUseCode.Claim;

        Assert.Equal("Bundle.type", PasRequest.Read(batch).Problem?.Expression);
        Assert.Equal("Bundle.entry[0].resource.use", PasRequest.Read(claimUse).Problem?.Expression);
    }

    [Theory]
    [InlineData("lines[1].modifiers", "Bundle.entry[0].resource.item[1].modifier")]
    [InlineData("lines[0].procedureCode", "Bundle.entry[0].resource.item[0].productOrService")]
    [InlineData("diagnosisCodes[2]", "Bundle.entry[0].resource.diagnosis[2].diagnosisCodeableConcept")]
    [InlineData("serviceFrom", "Bundle.entry[0].resource.item[0].serviced[x]")]
    [InlineData("cin", "Bundle.entry[0].resource.patient")]
    public void A_referral_field_at_fault_is_named_as_the_element_of_the_PAS_bundle(string field, string expression) =>
        Assert.Equal(expression, ReferralOwner.ExpressionOf(field));
}
