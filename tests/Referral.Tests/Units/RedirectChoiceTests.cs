using Platform.Referral.Referrals;
using Xunit;

namespace Platform.Referral.Tests.Units;

public sealed class RedirectChoiceTests
{
    private const string Community = "1234567893";
    private const string University = "1987654325";

    private static RedirectChoice Ok((RedirectChoice? Next, string? Refusal) step)
    {
        Assert.Null(step.Refusal);
        return step.Next!;
    }

    [Fact]
    public void REF_06_a_tertiary_provider_brings_the_warning_first_and_Next_waits_for_the_answer()
    {
        var warned = Ok(RedirectChoice.Start.SelectProvider(University, tertiary: true));

        Assert.Equal((RedirectStep.TertiaryWarning, false), (warned.Step, warned.CanProceed));
        Assert.NotNull(warned.SelectProvider(Community, tertiary: false).Refusal);
        Assert.Equal("You have selected a tertiary provider.", RedirectWording.TertiaryWarning);
    }

    [Fact]
    public void REF_06_select_new_provider_drops_the_tertiary_one()
    {
        var dropped = Ok(Ok(RedirectChoice.Start.SelectProvider(University, tertiary: true)).SelectNewProvider());

        Assert.Equal((RedirectStep.NoProvider, null), (dropped.Step, dropped.ProviderNpi));
    }

    [Fact]
    public void REF_07_continue_with_the_tertiary_provider_defaults_to_No_and_Next_waits_for_a_justification()
    {
        var continued = Ok(Ok(RedirectChoice.Start.SelectProvider(University, tertiary: true)).ContinueWithTertiary());
        var justified = Ok(continued.SetRedirect(false, "Member needs a transplant evaluation not available in the community."));

        Assert.Equal((false, false, RedirectWording.TertiaryQuestion), (continued.AllowRedirect, continued.CanProceed, continued.Question));
        Assert.Contains("tertiary care provider", continued.NextRefusal);
        Assert.True(justified.CanProceed);
    }

    [Fact]
    public void REF_08_changing_a_tertiary_No_to_Yes_clears_the_provider_and_the_new_ones_confirmation_sets_Yes_with_the_note()
    {
        var no = Ok(Ok(RedirectChoice.Start.SelectProvider(University, tertiary: true)).ContinueWithTertiary());

        var cleared = Ok(no.SetRedirect(true, null));
        var confirmed = Ok(cleared.SelectProvider(Community, tertiary: false));

        Assert.Equal((RedirectStep.AwaitingNewProvider, null, false), (cleared.Step, cleared.ProviderNpi, cleared.CanProceed));
        Assert.Equal((Community, true, "Ok to redirect if needed", true), (confirmed.ProviderNpi, confirmed.AllowRedirect, confirmed.Justification, confirmed.CanProceed));
    }

    [Fact]
    public void REF_09_a_non_tertiary_provider_defaults_to_Yes_with_nothing_to_explain()
    {
        var chosen = Ok(RedirectChoice.Start.SelectProvider(Community, tertiary: false));

        Assert.Equal((RedirectStep.Chosen, true, true, RedirectWording.Question), (chosen.Step, chosen.AllowRedirect, chosen.CanProceed, chosen.Question));
    }

    [Fact]
    public void REF_09_changing_a_non_tertiary_Yes_to_No_needs_a_justification_before_Next()
    {
        var no = Ok(Ok(RedirectChoice.Start.SelectProvider(Community, tertiary: false)).SetRedirect(false, " "));
        var explained = Ok(no.SetRedirect(false, "The member has seen this specialist for years."));

        Assert.Equal((false, false), (no.AllowRedirect, no.CanProceed));
        Assert.True(explained.CanProceed);
    }

    [Fact]
    public void REF_06_to_09_steps_out_of_turn_are_refused()
    {
        Assert.NotNull(RedirectChoice.Start.ContinueWithTertiary().Refusal);
        Assert.NotNull(RedirectChoice.Start.SelectNewProvider().Refusal);
        Assert.NotNull(RedirectChoice.Start.SetRedirect(true, null).Refusal);
        Assert.NotNull(Ok(RedirectChoice.Start.SelectProvider(Community, false)).SetRedirect(false, new string('x', RedirectChoice.MaxJustification + 1)).Refusal);
    }
}
