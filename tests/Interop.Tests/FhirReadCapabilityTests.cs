using Hl7.Fhir.Model;
using Platform.Interop.Fhir;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>Issue 18: the CapabilityStatement tells partners the profiles, interactions and identifier systems of the read API.</summary>
public sealed class FhirReadCapabilityTests
{
    [Theory]
    [InlineData(ResourceType.Patient, "C4BB-Patient", "identifier")]
    [InlineData(ResourceType.Coverage, "C4BB-Coverage", "patient")]
    [InlineData(ResourceType.ExplanationOfBenefit, "C4BB-ExplanationOfBenefit-Professional-NonClinician", "service-date")]
    public void Each_read_resource_is_listed_with_its_carin_profile_read_search_and_parameters(ResourceType type, string profile, string parameter)
    {
        var capability = Assert.Single(FhirResources.All, resource => resource.Type == type);

        Assert.EndsWith($"/StructureDefinition/{profile}", capability.Profile);
        Assert.Equal([CapabilityStatement.TypeRestfulInteraction.Read, CapabilityStatement.TypeRestfulInteraction.SearchType], capability.Interactions);
        Assert.Contains(capability.SearchParameters, search => search.Name == parameter);
    }

    [Fact]
    public void The_identifier_search_documents_the_three_member_identifier_systems()
    {
        var documentation = Assert.Single(Assert.Single(FhirResources.All, resource => resource.Type == ResourceType.Patient).SearchParameters).Documentation;

        Assert.Contains(FhirSystems.Cin, documentation);
        Assert.Contains(FhirSystems.MedsId, documentation);
        Assert.Contains("http://hl7.org/fhir/sid/us-mbi", documentation);
    }
}
