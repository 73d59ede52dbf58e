using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using static Hl7.Fhir.Model.CapabilityStatement;

namespace Platform.Interop.Fhir;

/// <summary>One resource type the API serves, as the CapabilityStatement describes it.</summary>
public sealed record FhirResourceCapability(
    ResourceType Type,
    string? Profile,
    IReadOnlyList<TypeRestfulInteraction> Interactions,
    IReadOnlyList<(string Name, SearchParamType Type, string Documentation)> SearchParameters,
    IReadOnlyList<(string Name, string Definition)> Operations)
{
    public ResourceComponent Describe() => new()
    {
        Type = Type.GetLiteral(),
        Profile = Profile,
        Interaction = [.. Interactions.Select(code => new ResourceInteractionComponent { Code = code })],
        SearchParam = [.. SearchParameters.Select(search => new CapabilityStatement.SearchParamComponent { Name = search.Name, Type = search.Type, Documentation = search.Documentation })],
        Operation = [.. Operations.Select(operation => new OperationComponent { Name = operation.Name, Definition = operation.Definition })],
    };
}

/// <summary>Every resource type the API serves: each feature adds its own line.</summary>
public static class FhirResources
{
    public static readonly IReadOnlyList<FhirResourceCapability> All =
    [
        Members.PatientApi.Capability,
        Members.CoverageApi.Capability,
        Claims.ExplanationOfBenefitApi.Capability,
        PriorAuthorization.PriorAuthorizationApi.Claim,
        Export.ExportKickOff.Group,
    ];
}
