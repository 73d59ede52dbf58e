namespace Platform.Web.Components.Pages.Referrals;

/// <summary>The wizard's buttons: each posts the whole form with its own action.</summary>
public static class ReferralActions
{
    public const string MemberNext = "member-next";
    public const string Search = "search";
    public const string SelectNewProvider = "SelectNewProvider";
    public const string Continue = "Continue";
    public const string ProviderNext = "provider-next";
    public const string AddDiagnosis = "add-diagnosis";
    public const string AddLine = "add-line";
    public const string Back = "back";
    public const string Submit = "submit";

    /// <summary>What Enter in a text field does on each step (the form's first submit button, hidden).</summary>
    public static string DefaultOf(int step) => step switch
    {
        ReferralInput.Member => MemberNext,
        ReferralInput.Provider => Search,
        _ => Submit,
    };
}
