using Platform.ServiceDefaults;
using Platform.Web.Api;

namespace Platform.Web.Components.Pages.Disputes;

/// <summary>
/// DSP-01: whether a claim can be disputed now, as the dispute service knows it: its copy of the finalized claim
/// (CLM-05), and the claim's disputes, none of them open. Null parts mean the service did not say (not finalized, not
/// the caller's, or unreachable): no Dispute Claim then.
/// </summary>
public sealed record DisputeStanding(DisputableClaim? Claim, IReadOnlyList<DisputeSummary>? Disputes)
{
    public DisputeSummary? Open => Disputes?.FirstOrDefault(dispute => dispute.IsOpen);

    public bool CanDispute => Claim is not null && Disputes is not null && Open is null;

    public static async Task<DisputeStanding> OfAsync(PortalApi api, string claimNumber, CancellationToken cancellationToken = default)
    {
        var number = Uri.EscapeDataString(claimNumber);
        var claim = await api.GetAsync<DisputableClaim>($"/api/dispute/v1/disputable-claims/{number}", cancellationToken);
        var disputes = await api.GetAsync<Page<DisputeSummary>>($"/api/dispute/v1/disputes?claimNumber={number}", cancellationToken);
        return new DisputeStanding(claim.Value, disputes.Value?.Items);
    }
}

/// <summary>DSP-02/03: what a provider can dispute, in the form's words; the service refuses the appeals with where to send them.</summary>
public static class DisputeTypes
{
    public static readonly IReadOnlyList<(string Value, string Label)> All =
    [
        ("Processing", "Claim processing (a denial, a duplicate, timely filing, coordination of benefits)"),
        ("RateOfPayment", "Rate of payment (not the contracted or fee-schedule rate)"),
        ("DiagnosisOrDrg", "Diagnosis code / DRG payment denial"),
        ("DownCoding", "Down coding"),
        ("Bundling", "Bundling"),
        ("LevelOfCare", "Level of care"),
        ("MedicalNecessity", "Medical necessity (a denied authorization)"),
    ];

    /// <summary>The type's name without the form's explanation, for tables and the dispute's page.</summary>
    public static string Label(string type) => All.FirstOrDefault(t => t.Value == type).Label?.Split(" (")[0] ?? type;
}
