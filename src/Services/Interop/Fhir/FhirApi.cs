using Platform.Interop.Fhir.Claims;
using Platform.Interop.Fhir.Members;
using Platform.Interop.Fhir.PriorAuthorization;
using Platform.ServiceDefaults;

namespace Platform.Interop.Fhir;

public static class FhirApi
{
    /// <summary>The FHIR R4 API at /fhir/r4 (the gateway's /api/fhir/r4): a token for every call but the CapabilityStatement.</summary>
    public static RouteGroupBuilder MapFhirApi(this WebApplication app)
    {
        var fhir = app.MapApiGroup(FhirJson.BasePath, "FHIR R4").RequireAuthorization().CatchFhirInput();
        fhir.MapCapabilityStatement();
        fhir.MapPatients();
        fhir.MapCoverages();
        fhir.MapExplanationsOfBenefit();
        fhir.MapPriorAuthorization();
        return fhir;
    }
}
