namespace Platform.Interop.Fhir;

/// <summary>
/// The identifier and code systems the partner API writes. The plan's own identifiers live under its URI (a system is a
/// name, not an address to fetch); Medicare's MBI and the NPI use the systems CMS and HL7 publish for them.
/// </summary>
public static class FhirSystems
{
    public const string PlanBase = "https://www.caloptima.org/fhir";

    /// <summary>The plan's member number (CIN, eight digits and a letter): the member's id across the plan.</summary>
    public const string Cin = $"{PlanBase}/sid/cin";

    /// <summary>The state's Medi-Cal Eligibility Data System id (nine digits).</summary>
    public const string MedsId = $"{PlanBase}/sid/meds-id";

    /// <summary>Medicare's Beneficiary Identifier, for members with Medicare.</summary>
    public const string Mbi = "http://hl7.org/fhir/sid/us-mbi";

    public const string Npi = "http://hl7.org/fhir/sid/us-npi";

    /// <summary>The plan's claim number.</summary>
    public const string ClaimNumber = $"{PlanBase}/sid/claim-number";

    /// <summary>The plan's programs and networks (COD, CCN or a health network's code).</summary>
    public const string Program = $"{PlanBase}/CodeSystem/program";

    /// <summary>The plan's lines of business (Medi-Cal, OneCare, OneCare Connect, PACE).</summary>
    public const string LineOfBusiness = $"{PlanBase}/CodeSystem/line-of-business";

    public const string IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203";
}
