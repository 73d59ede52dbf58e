using Hl7.Fhir.Model;
using Platform.Contracts.Identifiers;
using Platform.Interop.Owners;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using static Hl7.Fhir.Model.CapabilityStatement;

namespace Platform.Interop.Fhir.Members;

/// <summary>
/// Coverage read and search (issue 18): one Coverage per coverage span of a member visible to the caller, from
/// eligibility's face sheet (its whole history). Not visible: not found on read, nothing on search (ACC-01/06).
/// </summary>
public static class CoverageApi
{
    private const string Patient = "patient";
    private const string Beneficiary = "beneficiary";

    public static readonly FhirResourceCapability Capability = new(
        ResourceType.Coverage,
        "http://hl7.org/fhir/us/carin-bb/StructureDefinition/C4BB-Coverage",
        [TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType],
        [
            (Patient, SearchParamType.Reference, "The member's coverage: Patient/{CIN}."),
            (Beneficiary, SearchParamType.Reference, "The same as patient: Patient/{CIN}."),
            (MemberIdentifiers.Parameter, SearchParamType.Token, MemberIdentifiers.Documentation),
        ],
        []);

    public static RouteGroupBuilder MapCoverages(this RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Coverage/{id}", async (string id, IHttpClientFactory clients, TimeProvider time, CancellationToken cancellationToken) =>
            {
                // The id starts with the member's CIN (FhirMembers.CoverageId).
                var coverage = Cin.TryParse(id.Split('-')[0], out var cin)
                    && await new EligibilityReads(clients).FindAsync(new MemberId(MemberIdKind.Cin, cin.Value), cancellationToken) is { } found
                    ? found.Coverage.Select(span => FhirMembers.Coverage(span, time.PlanToday())).FirstOrDefault(coverage => coverage.Id == id)
                    : null;
                return coverage is null ? (IResult)Problems.NotFound($"Coverage {id}") : new FhirResult(coverage);
            })
            .WithName("FhirReadCoverage")
            .WithSummary("One coverage span of a member as a FHIR Coverage, by id {CIN}-{line of business}-{first day, yyyyMMdd}.")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(Modules.Members)
            .CatchOwnerFailures();

        fhir.MapGet("/Coverage", async (HttpRequest request, IHttpClientFactory clients, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var found = Member(request) is { } id ? await new EligibilityReads(clients).FindAsync(id, cancellationToken) : null;
                var today = time.PlanToday();
                Resource[] matches = found is { } member ? [.. member.Coverage.Select(span => FhirMembers.Coverage(span, today))] : [];
                return new FhirResult(FhirSearch.SearchSet(request, matches, total: matches.Length));
            })
            .WithName("FhirSearchCoverage")
            .WithSummary("A member's coverage spans by patient, beneficiary or identifier: a searchset Bundle, empty when no member the caller may see matches.")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(Modules.Members)
            .CatchOwnerFailures();
        return fhir;
    }

    /// <summary>The member searched for by exactly one of patient, beneficiary or identifier; null when none can match.</summary>
    private static MemberId? Member(HttpRequest request)
    {
        var given = new[] { Patient, Beneficiary, MemberIdentifiers.Parameter }
            .Select(name => (Name: name, Value: FhirSearch.Single(request, name)))
            .Where(parameter => parameter.Value is not null)
            .ToList();
        return given switch
        {
            [(MemberIdentifiers.Parameter, var token)] => MemberIdentifiers.Parse(token!),
            [var (name, reference)] => new MemberId(MemberIdKind.Cin, MemberIdentifiers.PatientCin(name, reference!)),
            [] => throw new FhirInputException(Patient, "Search Coverage by patient, beneficiary or identifier."),
            _ => throw new FhirInputException(given[1].Name, "Search Coverage by one of patient, beneficiary or identifier."),
        };
    }
}
