using Hl7.Fhir.Model;
using Platform.Contracts.Identifiers;
using Platform.Interop.Owners;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using static Hl7.Fhir.Model.CapabilityStatement;

namespace Platform.Interop.Fhir.Members;

/// <summary>
/// Patient read and search by identifier (issue 18): a member visible to the caller, from eligibility's face sheet.
/// One the caller may not see is not found on read and matches nothing on search (ACC-01/06), as FHIR has it.
/// </summary>
public static class PatientApi
{
    public static readonly FhirResourceCapability Capability = new(
        ResourceType.Patient,
        "http://hl7.org/fhir/us/carin-bb/StructureDefinition/C4BB-Patient",
        [TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType],
        [(MemberIdentifiers.Parameter, SearchParamType.Token, MemberIdentifiers.Documentation)],
        []);

    public static RouteGroupBuilder MapPatients(this RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Patient/{id}", async (string id, IHttpClientFactory clients, CancellationToken cancellationToken) =>
                Cin.TryParse(id, out var cin) && await new EligibilityReads(clients).FindAsync(new MemberId(MemberIdKind.Cin, cin.Value), cancellationToken) is { } found
                    ? new FhirResult(FhirMembers.Patient(found.Member))
                    : (IResult)Problems.NotFound($"Patient {id}"))
            .WithName("FhirReadPatient")
            .WithSummary("A member as a FHIR Patient by id, the member's CIN.")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(Modules.Members)
            .CatchOwnerFailures();

        fhir.MapGet("/Patient", async (HttpRequest request, IHttpClientFactory clients, CancellationToken cancellationToken) =>
            {
                var token = FhirSearch.Single(request, MemberIdentifiers.Parameter)
                    ?? throw new FhirInputException(MemberIdentifiers.Parameter, "Search Patients by identifier: a CIN, MEDS ID or MBI.");
                var found = MemberIdentifiers.Parse(token) is { } id ? await new EligibilityReads(clients).FindAsync(id, cancellationToken) : null;
                Resource[] matches = found is { } member ? [FhirMembers.Patient(member.Member)] : [];
                return new FhirResult(FhirSearch.SearchSet(request, matches, total: matches.Length));
            })
            .WithName("FhirSearchPatients")
            .WithSummary("Patients by identifier (CIN, MEDS ID or MBI): a searchset Bundle, empty when no member the caller may see has it.")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(Modules.Members)
            .CatchOwnerFailures();
        return fhir;
    }
}
