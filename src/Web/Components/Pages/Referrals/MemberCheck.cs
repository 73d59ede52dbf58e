using System.Net;
using Platform.Web.Api;

namespace Platform.Web.Components.Pages.Referrals;

/// <summary>
/// Step 1's check before a draft is started: a requesting provider chosen, and the member found among the user's and
/// eligible on the date of service (ELG-02), as Member Lookup answers. The referral service checks it all again at submission.
/// </summary>
public static class MemberCheck
{
    private static readonly Dictionary<string, string> Fields = new() { ["id"] = "cin", ["dateOfService"] = "serviceFrom" };

    public static async Task<ApiProblem?> ProblemAsync(PortalApi api, ReferralInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Cin))
        {
            return ReferralProblems.Field("cin", "Enter the member's CIN.");
        }

        if (string.IsNullOrWhiteSpace(input.RequestingNpi))
        {
            return ReferralProblems.Field("requestingNpi", "Choose the requesting provider.");
        }

        if (input.ServiceFrom is not { } day)
        {
            return ReferralProblems.Field("serviceFrom", "Enter the date of service.");
        }

        var cin = input.Cin.Trim().ToUpperInvariant();
        var answer = await api.GetAsync<MemberLookupResponse>(
            $"/api/eligibility/v1/members?id={Uri.EscapeDataString(cin)}&dateOfService={day:yyyy-MM-dd}");
        if (answer.Problem is { Status: HttpStatusCode.Forbidden })
        {
            // Without the Members module the referral service's own check at submission is the one that answers.
            return null;
        }

        if (answer.Problem is { } problem)
        {
            return ReferralProblems.Renamed(problem, Fields);
        }

        var found = answer.Value?.Results.FirstOrDefault(r => r.Member?.Cin == cin);
        if (found?.Member is not { } member)
        {
            return ReferralProblems.Field("cin", $"No member of yours has CIN {cin}.");
        }

        if (found.Status == "NOT_ELIGIBLE")
        {
            return ReferralProblems.Field("serviceFrom", $"The member is not eligible on {day:MM/dd/yyyy}: check eligibility before requesting services.");
        }

        (input.Cin, input.MemberName) = (cin, $"{member.FirstName} {member.LastName}");
        return null;
    }
}
