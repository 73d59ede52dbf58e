namespace Platform.Referral.Referrals;

/// <summary>REF-06…09's words, as release 14 shows them: the web form and partners' systems show the same.</summary>
public static class RedirectWording
{
    public const string TertiaryWarning = "You have selected a tertiary provider.";

    public const string TertiaryWarningBody =
        "Request for tertiary care may require additional review. Allowing your member to be directed to a community provider will help the " +
        "referral be processed faster and the member to be seen in a more timely manner.";

    /// <summary>The tooltip: what tertiary care is (assumption: the usual definition; R14 shows a tooltip without its text).</summary>
    public const string TertiaryTooltip =
        "Tertiary care is highly specialized care, usually in a hospital or academic medical center, for conditions a community specialist does not treat.";

    public const string TertiaryQuestion = "Allow the member to be redirected? If not, please explain the need for a tertiary care provider below.";

    public const string Question = "Allow the member to be redirected?";

    public const string TertiaryJustificationPlaceholder =
        "Explain the need for tertiary care provider here - (e.g. Member requires testing or treatment that is otherwise not available in the community).";

    public const string RedirectNote = "Ok to redirect if needed";
}
