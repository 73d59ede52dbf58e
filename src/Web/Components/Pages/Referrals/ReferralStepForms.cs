using Microsoft.AspNetCore.Components;
using Platform.Web.Api;

namespace Platform.Web.Components.Pages.Referrals;

/// <summary>
/// What the step forms on a pended referral share (REF-13): the referral's API address, the problem of the last step,
/// and telling the page what was done so it reads the referral again.
/// </summary>
public abstract class ReferralStepForms : ComponentBase
{
    [Inject] protected PortalApi Api { get; set; } = null!;

    [Parameter, EditorRequired] public ReferralDetail Referral { get; set; } = null!;

    /// <summary>A step succeeded: what the user is told; the page reads the referral again.</summary>
    [Parameter] public EventCallback<string> Changed { get; set; }

    protected ApiProblem? Problem { get; private set; }

    protected string ApiPath => $"/api/referral/v1/referrals/{Uri.EscapeDataString(Referral.ReferralNumber)}";

    protected async Task StepAsync(string step, object body, string done)
    {
        var answer = await Api.PostAsync<ReferralDetail>($"{ApiPath}/{step}", body);
        Problem = answer.Problem;
        if (answer.Succeeded)
        {
            await Changed.InvokeAsync(done);
        }
    }

    /// <summary>A text field's value for the API: trimmed, or none.</summary>
    protected static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
