using Platform.Contracts.Identifiers;
using Platform.Interop.Owners;

namespace Platform.Interop.Fhir.Members;

/// <summary>
/// A member and their coverage from the eligibility API, called with the caller's token: eligibility decides what
/// the caller may see (ACC-01/06, a member outside it is not found) and audits the read (ACC-05).
/// </summary>
public sealed class EligibilityReads(IHttpClientFactory clients)
{
    /// <summary>The owner's field names as the FHIR searches call them.</summary>
    private static readonly Dictionary<string, string> Parameters = new() { ["id"] = MemberIdentifiers.Parameter, ["cin"] = MemberIdentifiers.Parameter };

    private HttpClient Eligibility => clients.CreateClient(OwnerApis.Eligibility);

    /// <summary>The member the id names, with every span of their coverage; null when no such member is visible.</summary>
    public async Task<(FhirMember Member, IReadOnlyList<FhirCoverageSpan> Coverage)?> FindAsync(MemberId id, CancellationToken cancellationToken)
    {
        var cin = id.Kind == MemberIdKind.Cin ? id.Value : await CinOfAsync(id, cancellationToken);
        if (cin is null
            || await Eligibility.GetAsync<FaceSheet>($"/api/v1/members/{Uri.EscapeDataString(cin)}/face-sheet", Parameters, cancellationToken) is not { } sheet)
        {
            return null;
        }

        var demographics = sheet.Member;
        var member = new FhirMember(demographics.Cin, demographics.MedsId, demographics.Mbi, demographics.FirstName, demographics.LastName,
            demographics.DateOfBirth, DeathDate: null, demographics.Sex, sheet.Current?.PcpNpi);
        return (member, [.. sheet.Coverage.Select(span => new FhirCoverageSpan(
            demographics.Cin, span.LineOfBusiness, span.Program, span.ProgramName, span.PcpNpi, span.ShareOfCost, span.StartDate, span.EndDate))]);
    }

    /// <summary>The CIN of a member known by MEDS ID or MBI, by eligibility's lookup (ELG-01).</summary>
    private async Task<string?> CinOfAsync(MemberId id, CancellationToken cancellationToken) =>
        (await Eligibility.GetAsync<Lookup>($"/api/v1/members?id={Uri.EscapeDataString(id.Value)}", Parameters, cancellationToken))
            ?.Results.Select(result => result.Member?.Cin).FirstOrDefault(cin => cin is not null);

    // The parts of eligibility's answers (GetFaceSheet, LookupMembers) the FHIR resources carry. The face sheet has no
    // date of death: a Patient from it says nothing of one.
    private sealed record FaceSheet(Demographics Member, Span? Current, IReadOnlyList<Span> Coverage);

    private sealed record Demographics(string Cin, string MedsId, string? Mbi, string FirstName, string LastName, DateOnly DateOfBirth, string Sex);

    private sealed record Span(string LineOfBusiness, string Program, string ProgramName, string? PcpNpi, decimal ShareOfCost, DateOnly StartDate, DateOnly? EndDate);

    private sealed record Lookup(IReadOnlyList<LookupResult> Results);

    private sealed record LookupResult(Summary? Member);

    private sealed record Summary(string Cin);
}
