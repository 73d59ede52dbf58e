using Hl7.Fhir.Model;
using Platform.Contracts.Identifiers;
using Platform.Interop.Fhir.Members;
using Platform.Interop.Owners;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using static Hl7.Fhir.Model.CapabilityStatement;

namespace Platform.Interop.Fhir.Claims;

/// <summary>
/// ExplanationOfBenefit search by patient and date of service (issue 18, CARIN Blue Button), from the claims API with
/// the caller's token: a partner sees the claims of its network only (ACC-06). Pages follow the claims API's keyset:
/// its cursor (a day of service and a claim number, no member identifier) rides in <c>_cursor</c> of the next link.
/// </summary>
public static class ExplanationOfBenefitApi
{
    private const string Patient = "patient";

    public static readonly FhirResourceCapability Capability = new(
        ResourceType.ExplanationOfBenefit,
        "http://hl7.org/fhir/us/carin-bb/StructureDefinition/C4BB-ExplanationOfBenefit-Professional-NonClinician",
        [TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType],
        [
            (Patient, SearchParamType.Reference, "Required: the member's claims, Patient/{CIN} or the CIN."),
            (ServiceDates.Parameter, SearchParamType.Date, ServiceDates.Documentation),
            (FhirSearch.Count, SearchParamType.Number, $"Page size, {FhirSearch.DefaultCount} by default, at most {FhirSearch.MaxCount}; newest service first. Follow link next for the following page."),
        ],
        []);

    public static RouteGroupBuilder MapExplanationsOfBenefit(this RouteGroupBuilder fhir)
    {
        // The entries' fullUrl resolves: each EOB can be read again by its claim number.
        fhir.MapGet("/ExplanationOfBenefit/{id}", async (string id, IHttpClientFactory clients, CancellationToken cancellationToken) =>
                ClaimNumber.IsValid(id) && await new ClaimsReads(clients).ReadAsync(id, cancellationToken) is { } claim
                    ? new FhirResult(FhirClaims.ExplanationOfBenefit(claim))
                    : (IResult)Problems.NotFound($"ExplanationOfBenefit {id}"))
            .WithName("FhirReadExplanationOfBenefit")
            .WithSummary("A claim as a CARIN BB ExplanationOfBenefit by id, the claim number.")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(Modules.Claims)
            .CatchOwnerFailures();

        fhir.MapGet("/ExplanationOfBenefit", async (HttpRequest request, IHttpClientFactory clients, CancellationToken cancellationToken) =>
            {
                var cin = MemberIdentifiers.PatientCin(Patient, FhirSearch.Single(request, Patient)
                    ?? throw new FhirInputException(Patient, "Search ExplanationOfBenefit by patient: Patient/{CIN}."));
                var (from, to) = ServiceDates.Range(request.Query[ServiceDates.Parameter]);
                var count = FhirSearch.PageSize(request);
                var page = await new ClaimsReads(clients).SearchAsync(cin, from, to, FhirSearch.Single(request, FhirSearch.Cursor), count, cancellationToken);
                return new FhirResult(FhirSearch.SearchSet(request, page.Claims.Select(FhirClaims.ExplanationOfBenefit), page.Next));
            })
            .WithName("FhirSearchExplanationOfBenefit")
            .WithSummary("A member's claims as CARIN BB ExplanationOfBenefits by patient and service-date, newest service first, paged with link next.")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(Modules.Claims)
            .CatchOwnerFailures();
        return fhir;
    }
}
