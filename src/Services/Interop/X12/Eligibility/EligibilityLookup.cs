using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Platform.Interop.Owners;

namespace Platform.Interop.X12.Eligibility;

/// <summary>A member as eligibility shows them to the caller (null in a new patient's verification: status only).</summary>
public sealed record EligibleMember(string Cin, string FirstName, string LastName, DateOnly DateOfBirth);

/// <summary>One member's eligibility on the date of service, as eligibility's lookup answers it (ELG-02).</summary>
public sealed record MemberEligibility(
    EligibleMember? Member, string Status, string? LineOfBusiness, string? Network, string? NetworkName, string? PcpNpi, string? PcpName, decimal? ShareOfCost)
{
    public const string Eligible = "ELIGIBLE";
    public const string ShareOfCostStatus = "SHARE_OF_COST";
}

/// <summary>Eligibility's answer for one inquiry: the member on <see cref="DateOfService"/>, or the 271 reject reason.</summary>
public sealed record EligibilityOutcome(MemberEligibility? Eligibility, DateOnly? DateOfService, string? Reject)
{
    public static EligibilityOutcome Rejected(string reason) => new(null, null, reason);
}

/// <summary>
/// Asks eligibility (GET /api/v1/members?id=&amp;dateOfService=) with the caller's token, so eligibility applies
/// ACC-01/06 (another network's member is not found) and audits the read (ACC-05). Eligibility unreachable, failing
/// or throttling is "unable to respond now" (42): a 271 the partner can act on, not a 500.
/// </summary>
public sealed class EligibilityLookup(IHttpClientFactory clients, ILogger<EligibilityLookup> log)
{
    private sealed record LookupResponse(DateOnly DateOfService, IReadOnlyList<MemberEligibility> Results);

    private sealed record Problem(Dictionary<string, string[]>? Errors);

    public async Task<EligibilityOutcome> AsOfAsync(EligibilityInquiry inquiry, CancellationToken cancellationToken)
    {
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["id"] = inquiry.MemberId,
            ["dateOfService"] = inquiry.DateOfService?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["dateOfBirth"] = inquiry.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }.Where(pair => pair.Value is not null));
        try
        {
            using var response = await clients.CreateClient(OwnerApis.Eligibility).GetAsync($"/api/v1/members{query}", cancellationToken);
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    var found = await response.Content.ReadFromJsonAsync<LookupResponse>(cancellationToken);
                    return found is { Results: [var member, ..] }
                        ? new EligibilityOutcome(member, found.DateOfService, null)
                        : EligibilityOutcome.Rejected(RejectReasons.SubscriberNotFound);
                case HttpStatusCode.NotFound:
                    return EligibilityOutcome.Rejected(RejectReasons.SubscriberNotFound);
                case HttpStatusCode.BadRequest:
                    var problem = await response.Content.ReadFromJsonAsync<Problem>(cancellationToken);
                    return EligibilityOutcome.Rejected(ReasonFor(problem?.Errors?.Keys.FirstOrDefault()));
                default:
                    log.LogWarning("Eligibility answered a 270 lookup with {Status}", (int)response.StatusCode);
                    return EligibilityOutcome.Rejected(RejectReasons.UnableToRespondNow);
            }
        }
        catch (Exception exception) when (OwnerFailure.IsUnavailable(exception, cancellationToken))
        {
            // The type only: a message can carry the address, and with it the member id.
            log.LogWarning("Eligibility could not answer a 270 lookup: {Failure}", exception.GetType().Name);
            return EligibilityOutcome.Rejected(RejectReasons.UnableToRespondNow);
        }
    }

    /// <summary>Eligibility checks what this service checked already; should it refuse a field anyway, the field says which reason.</summary>
    private static string ReasonFor(string? field) => field switch
    {
        "dateOfBirth" => RejectReasons.InvalidBirthDate,
        "dateOfService" => RejectReasons.DateOfServiceNotAllowed,
        _ => RejectReasons.InvalidMemberId,
    };
}
