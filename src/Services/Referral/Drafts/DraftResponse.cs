using Platform.Referral.Directory;
using Platform.Referral.Referrals;

namespace Platform.Referral.Drafts;

/// <summary>The referred-to provider as the form shows it.</summary>
public sealed record ServicingProviderView(string Npi, string Name, string Type, string Specialty, bool Tertiary)
{
    public static ServicingProviderView From(DirectoryProvider provider) => new(provider.Npi, provider.Name, provider.Type, provider.Specialty, provider.Tertiary);
}

/// <summary>REF-06's warning, its explanation and tooltip, and the two ways on.</summary>
public sealed record TertiaryWarningView(string Title, string Body, string Tooltip, IReadOnlyList<string> Choices)
{
    public static readonly TertiaryWarningView Instance = new(RedirectWording.TertiaryWarning, RedirectWording.TertiaryWarningBody, RedirectWording.TertiaryTooltip,
        [nameof(TertiaryChoice.SelectNewProvider), nameof(TertiaryChoice.Continue)]);
}

/// <summary>
/// Where a draft stands, with everything its next step needs: the warning to answer, the question and its default, the
/// placeholder of a tertiary justification (REF-07), and whether Next is allowed — with the reason when not.
/// </summary>
public sealed record DraftResponse(
    Guid Id, RedirectStep Step, ServicingProviderView? ServicingProvider, TertiaryWarningView? Warning, string? Question, bool? AllowRedirect,
    string? Justification, string? JustificationPlaceholder, bool CanProceed, string? NextRefusal)
{
    public static DraftResponse From(ReferralDraft draft, DirectoryProvider? provider)
    {
        var choice = draft.Choice;
        return new(draft.Id, choice.Step, provider is null ? null : ServicingProviderView.From(provider),
            choice.Step == RedirectStep.TertiaryWarning ? TertiaryWarningView.Instance : null,
            choice.Question, choice.AllowRedirect, choice.Justification,
            choice is { Step: RedirectStep.Chosen, Tertiary: true } ? RedirectWording.TertiaryJustificationPlaceholder : null,
            choice.CanProceed, choice.NextRefusal);
    }
}
