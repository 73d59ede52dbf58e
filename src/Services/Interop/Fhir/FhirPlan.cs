using Hl7.Fhir.Model;

namespace Platform.Interop.Fhir;

/// <summary>
/// The health plan as the payer and insurer of what the API returns. It is contained in each resource that names it,
/// so every reference resolves inside the resource: the API serves no Organization endpoint.
/// </summary>
public static class FhirPlan
{
    public const string Name = "CalOptima Health";

    private const string ContainedId = "plan";

    public static ResourceReference Reference => new($"#{ContainedId}") { Display = Name };

    public static Organization Organization() => new()
    {
        Id = ContainedId,
        Active = true,
        Name = Name,
        Type = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer")],
    };
}
