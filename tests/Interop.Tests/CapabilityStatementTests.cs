using System.Net;
using System.Text.Json;
using Hl7.Fhir.Model;
using Platform.Interop.Fhir;
using Xunit;

namespace Platform.Interop.Tests;

[Collection(InteropCollection.Name)]
public sealed class CapabilityStatementTests(InteropFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metadata_is_a_valid_capability_statement_served_without_a_token_as_fhir_json()
    {
        using var anonymous = fixture.Gateway();
        using var response = await anonymous.GetAsync("/api/fhir/r4/metadata", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        var statement = JsonSerializer.Deserialize<CapabilityStatement>(await response.Content.ReadAsStringAsync(Cancel), FhirJson.Options)!;
        FhirValidation.AssertValid(statement);
        Assert.Equal(FHIRVersion.N4_0_1, statement.FhirVersion);
        Assert.EndsWith("/api/fhir/r4", statement.Implementation?.Url);
    }

    [Fact]
    public async Task Any_other_fhir_call_without_a_token_is_refused_with_an_operation_outcome()
    {
        using var anonymous = fixture.Gateway();
        using var response = await anonymous.GetAsync("/api/fhir/r4/Patient?identifier=12345678A", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_fhir_path_answers_an_operation_outcome_not_found()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);
        using var response = await partner.GetAsync("/api/fhir/r4/Medication/123", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        var outcome = JsonSerializer.Deserialize<OperationOutcome>(await response.Content.ReadAsStringAsync(Cancel), FhirJson.Options)!;
        FhirValidation.AssertValid(outcome);
        Assert.Equal(OperationOutcome.IssueType.NotFound, Assert.Single(outcome.Issue).Code);
    }
}
