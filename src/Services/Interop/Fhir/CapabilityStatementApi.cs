using Hl7.Fhir.Model;
using static Hl7.Fhir.Model.CapabilityStatement;

namespace Platform.Interop.Fhir;

/// <summary>
/// <c>GET /metadata</c>: what this FHIR server does, read by a partner's client before anything else, so it is served
/// without a token (FHIR R4 §3.1.0.1.11; SMART App Launch asks the same of its discovery). It lists exactly what the
/// service implements: change it with the endpoints.
/// </summary>
public static class CapabilityStatementApi
{
    /// <summary>Where a partner gets a token, as the gateway publishes identity's token endpoint.</summary>
    public const string TokenPath = "/api/identity/v1/token";

    public static RouteHandlerBuilder MapCapabilityStatement(this RouteGroupBuilder fhir) => fhir
        .MapGet("/metadata", (HttpRequest request, TimeProvider time) => new FhirResult(Statement(PublicBase(request), time)))
        .AllowAnonymous()
        .WithName("FhirCapabilityStatement")
        .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType)
        .WithSummary("The FHIR R4 CapabilityStatement: resources, searches, operations and the SMART Backend Services token endpoint.");

    /// <summary>The address partners call: the gateway's /api/fhir/r4 when reached through it (its prefix header says so).</summary>
    public static string PublicBase(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.Headers[ServiceDefaults.OpenApiDocuments.GatewayPrefixHeader].FirstOrDefault()}{FhirJson.BasePath}";

    private static CapabilityStatement Statement(string baseUrl, TimeProvider time) => new()
    {
        Status = PublicationStatus.Active,
        Date = time.GetUtcNow().ToString("yyyy-MM-dd"),
        Kind = CapabilityStatementKind.Instance,
        Software = new SoftwareComponent { Name = "Provider Portal Platform interop service" },
        Implementation = new ImplementationComponent { Description = "Partner FHIR R4 API", Url = baseUrl },
        FhirVersion = FHIRVersion.N4_0_1,
        Format = [FhirJson.MediaType],
        Rest =
        [
            new RestComponent
            {
                Mode = RestfulCapabilityMode.Server,
                Security = new SecurityComponent
                {
                    Service = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR")],
                    Description = $"SMART Backend Services: POST {TokenPath} with grant_type=client_credentials and a private_key_jwt client assertion (or the client secret); scopes system/Patient.read, system/Coverage.read, system/ExplanationOfBenefit.read, system/Claim.write.",
                },
                Resource = [.. FhirResources.All.Select(resource => resource.Describe())],
            },
        ],
    };
}
