using System.Net;
using System.Text.RegularExpressions;
using Platform.Web.Api;

namespace Platform.Web.Components.Pages.Referrals;

/// <summary>Problems the wizard makes itself, and the API's field names moved to the inputs that hold them.</summary>
public static partial class ReferralProblems
{
    public static ApiProblem Field(string field, string message) =>
        new(HttpStatusCode.BadRequest, "Check the field below.", null, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The problem with its fields renamed (another API's "id" is this form's "cin").</summary>
    public static ApiProblem Renamed(ApiProblem problem, IReadOnlyDictionary<string, string> names) => problem with
    {
        Errors = problem.Errors.ToDictionary(e => names.GetValueOrDefault(e.Key, e.Key), e => e.Value),
    };

    /// <summary>"lines[1].quantity" of the list as sent, as the input's index it came from (blank inputs were not sent).</summary>
    public static ApiProblem Reindexed(ApiProblem problem, string list, IReadOnlyList<int> sent) => problem with
    {
        Errors = problem.Errors.ToDictionary(e => Indexed().Replace(e.Key, m => m.Groups[1].Value == list && int.TryParse(m.Groups[2].Value, out var i) && i < sent.Count
            ? $"{list}[{sent[i]}]" : m.Value), e => e.Value),
    };

    /// <summary>The wizard's step that shows a field: the member's, the provider's (the draft), or the services'.</summary>
    public static int StepOf(string field) => field switch
    {
        "cin" or "requestingNpi" or "serviceFrom" => ReferralInput.Member,
        "draftId" => ReferralInput.Provider,
        _ => ReferralInput.Services,
    };

    [GeneratedRegex(@"^(\w+)\[(\d+)\]")]
    private static partial Regex Indexed();
}
