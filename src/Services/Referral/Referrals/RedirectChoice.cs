using System.Text.Json.Serialization;

namespace Platform.Referral.Referrals;

/// <summary>Where the referred-to (servicing) provider choice of a draft referral stands (REF-06…09).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RedirectStep>))]
public enum RedirectStep
{
    /// <summary>No referred-to provider yet, or it was cleared.</summary>
    NoProvider,

    /// <summary>REF-06: a tertiary provider was selected; the submitter chooses "select new provider" or "continue".</summary>
    TertiaryWarning,

    /// <summary>REF-08: the submitter agreed to a redirect; a new provider is to be selected and confirmed.</summary>
    AwaitingNewProvider,

    /// <summary>A provider is chosen and the redirect indicator set.</summary>
    Chosen,
}

/// <summary>
/// REF-06…09 as a state machine the server enforces, so the portal's form and a partner's system go through the same
/// steps: each transition returns the next state, or the reason it is refused (a 409 at the API). The request may go
/// on (Next) only from <see cref="RedirectStep.Chosen"/> with the indicator Yes, or No with a justification.
/// The draft referral API (Drafts/ReferralDraftsApi.cs) stores it and takes each transition as a call.
/// </summary>
public sealed record RedirectChoice(RedirectStep Step, string? ProviderNpi, bool Tertiary, bool? AllowRedirect, string? Justification)
{
    public const int MaxJustification = 2000;

    public static readonly RedirectChoice Start = new(RedirectStep.NoProvider, null, false, null, null);

    /// <summary>What the form asks (REF-07's longer question for a tertiary provider).</summary>
    public string? Question => Step == RedirectStep.Chosen ? Tertiary ? RedirectWording.TertiaryQuestion : RedirectWording.Question : null;

    /// <summary>Next is enabled: a provider chosen, and a redirect allowed or its refusal explained.</summary>
    public bool CanProceed => Step == RedirectStep.Chosen && (AllowRedirect == true || !string.IsNullOrWhiteSpace(Justification));

    /// <summary>REF-06 for a tertiary provider (the warning first), REF-09 for any other (Yes by default, nothing to explain).</summary>
    public (RedirectChoice? Next, string? Refusal) SelectProvider(string npi, bool tertiary) => Step switch
    {
        RedirectStep.TertiaryWarning => (null, "Answer the tertiary-provider warning first: select a new provider or continue."),
        // REF-08: the redirect was agreed; the new provider's confirmation sets Yes and notes it.
        RedirectStep.AwaitingNewProvider => (new(RedirectStep.Chosen, npi, tertiary, true, RedirectWording.RedirectNote), null),
        _ when tertiary => (new(RedirectStep.TertiaryWarning, npi, true, null, null), null),
        _ => (new(RedirectStep.Chosen, npi, false, true, null), null),
    };

    /// <summary>REF-06 "select new provider": the tertiary provider is dropped.</summary>
    public (RedirectChoice? Next, string? Refusal) SelectNewProvider() => Step == RedirectStep.TertiaryWarning
        ? (Start, null)
        : (null, "There is no tertiary-provider warning to answer.");

    /// <summary>REF-07 "continue": the indicator defaults to No, and a justification is needed before Next.</summary>
    public (RedirectChoice? Next, string? Refusal) ContinueWithTertiary() => Step == RedirectStep.TertiaryWarning
        ? (this with { Step = RedirectStep.Chosen, AllowRedirect = false, Justification = null }, null)
        : (null, "There is no tertiary-provider warning to answer.");

    /// <summary>
    /// The indicator changed. REF-08: a tertiary No → Yes clears the provider and waits for a new one. REF-09: No needs a
    /// justification (given now or later, before Next); Yes needs none.
    /// </summary>
    public (RedirectChoice? Next, string? Refusal) SetRedirect(bool allow, string? justification)
    {
        if (Step != RedirectStep.Chosen)
        {
            return (null, "Choose the referred-to provider first.");
        }

        if (justification is { Length: > MaxJustification })
        {
            return (null, $"A justification is at most {MaxJustification} characters.");
        }

        return (allow, Tertiary) switch
        {
            (true, true) when AllowRedirect == false => (new(RedirectStep.AwaitingNewProvider, null, false, null, null), null),
            (true, _) => (this with { AllowRedirect = true, Justification = null }, null),
            (false, _) => (this with { AllowRedirect = false, Justification = string.IsNullOrWhiteSpace(justification) ? null : justification.Trim() }, null),
        };
    }

    /// <summary>Why Next is refused, in the form's words; null when it may go on.</summary>
    public string? NextRefusal => CanProceed ? null : Step switch
    {
        RedirectStep.NoProvider or RedirectStep.AwaitingNewProvider => "Select the referred-to (servicing) provider.",
        RedirectStep.TertiaryWarning => "Answer the tertiary-provider warning: select a new provider or continue.",
        _ => Tertiary ? "Explain the need for a tertiary care provider, or allow the member to be redirected." : "Explain why the member may not be redirected.",
    };
}
