using System.Text.Json;

namespace Platform.PartnerApisBench;

/// <summary>
/// A Da Vinci PAS request Bundle, on one line of FHIR JSON, as the PAS branch reads it (Interop's PasRequest): the
/// Claim first (use preauthorization), the Patient with the CIN, the requesting Practitioner (the member's PCP) and the
/// servicing one with their NPIs, the plan's Organization and the Coverage. A routine brain MRI (70551, one unit) to
/// a community specialist passes every referral rule and is approved at submission (REF-12's automatic limits).
/// </summary>
public static class PasBundle
{
    public const string MediaType = "application/fhir+json";

    /// <summary>Stands for the Bundle's identifier (and the Claim's) in a body: each request replaces it with one of its own.</summary>
    public const string Unique = "BENCH0UNIQUE0ID";

    private const string NpiSystem = "http://hl7.org/fhir/sid/us-npi";

    public static string For(PartnerMember member, string servicingNpi, DateOnly dateOfService, DateTimeOffset now)
    {
        var (claim, patient, requesting, servicing, insurer, coverage) = (Urn(), Urn(), Urn(), Urn(), Urn(), Urn());
        var bundle = new
        {
            resourceType = "Bundle",
            identifier = new { system = "urn:trnorg:bench", value = Unique },
            type = "collection",
            timestamp = now.ToString("yyyy-MM-ddTHH:mm:sszzz"),
            entry = new object[]
            {
                new
                {
                    fullUrl = claim,
                    resource = new
                    {
                        resourceType = "Claim",
                        identifier = new[] { new { system = "urn:trnorg:bench", value = Unique } },
                        status = "active",
                        type = Concept("http://terminology.hl7.org/CodeSystem/claim-type", "professional"),
                        use = "preauthorization",
                        patient = Reference(patient),
                        created = now.ToString("yyyy-MM-ddTHH:mm:sszzz"),
                        insurer = Reference(insurer),
                        provider = Reference(requesting),
                        priority = Concept("http://terminology.hl7.org/CodeSystem/processpriority", "normal"),
                        insurance = new[] { new { sequence = 1, focal = true, coverage = Reference(coverage) } },
                        diagnosis = new[] { new { sequence = 1, diagnosisCodeableConcept = Concept("http://hl7.org/fhir/sid/icd-10-cm", "R51.9") } },
                        careTeam = new[] { new { sequence = 1, provider = Reference(servicing) } },
                        item = new[]
                        {
                            new
                            {
                                sequence = 1,
                                careTeamSequence = new[] { 1 },
                                productOrService = Concept("http://www.ama-assn.org/go/cpt", "70551"),
                                quantity = new { value = 1 },
                                locationCodeableConcept = Concept("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "11"),
                                servicedDate = dateOfService.ToString("yyyy-MM-dd"),
                            },
                        },
                    },
                },
                new
                {
                    fullUrl = patient,
                    resource = new
                    {
                        resourceType = "Patient",
                        identifier = new[] { new { system = "https://www.dhcs.ca.gov/cin", value = member.Cin } },
                        name = new[] { new { family = member.LastName, given = new[] { member.FirstName } } },
                    },
                },
                new { fullUrl = requesting, resource = Practitioner(member.PcpNpi) },
                new { fullUrl = servicing, resource = Practitioner(servicingNpi) },
                new { fullUrl = insurer, resource = (object)new { resourceType = "Organization", name = "CalOptima Health" } },
                new
                {
                    fullUrl = coverage,
                    resource = (object)new { resourceType = "Coverage", status = "active", beneficiary = Reference(patient), payor = new[] { Reference(insurer) } },
                },
            },
        };
        return JsonSerializer.Serialize(bundle);
    }

    /// <summary>The ClaimResponse's outcome in a $submit answer (complete: approved at once; queued: pended).</summary>
    public static string? OutcomeOf(string answer)
    {
        using var document = JsonDocument.Parse(answer);
        return document.RootElement.TryGetProperty("entry", out var entries) && entries[0].GetProperty("resource") is var resource
            && resource.TryGetProperty("outcome", out var outcome) ? outcome.GetString() : null;
    }

    private static object Practitioner(string npi) => new { resourceType = "Practitioner", identifier = new[] { new { system = NpiSystem, value = npi } } };

    private static object Concept(string system, string code) => new { coding = new[] { new { system, code } } };

    private static object Reference(string target) => new { reference = target };

    private static string Urn() => $"urn:uuid:{Guid.NewGuid()}";
}
