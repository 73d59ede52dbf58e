using Platform.Contracts.Eligibility;

namespace Platform.Dispute.Disputes;

/// <summary>
/// DSP-03: what the Provider Dispute Resolution Request is not for. A medical-necessity review of a denied authorization,
/// and a OneCare non-contracted provider's appeal of a DRG, down-coding, bundling, level-of-care or rate denial, are
/// appeals: they are mailed with the medical records and a signed Waiver of Liability to Grievance and Appeals.
/// </summary>
public static class DisputeScope
{
    public const string GrievanceAndAppeals = "Grievance and Appeals Resolution Services, 505 City Parkway West, Orange, CA 92868";

    private static readonly DisputeType[] OneCareNonContractedAppeals =
        [DisputeType.DiagnosisOrDrg, DisputeType.DownCoding, DisputeType.Bundling, DisputeType.LevelOfCare, DisputeType.RateOfPayment];

    /// <summary>Why the dispute belongs to Grievance and Appeals, or null when the form is the right one.</summary>
    public static string? OutOfScope(DisputeType type, string? lineOfBusiness, bool contractedProvider) =>
        type == DisputeType.MedicalNecessity
            ? $"A clinical review of medical necessity (a denied authorization) is an appeal, not a payment dispute: mail it with complete medical records and a signed Waiver of Liability to {GrievanceAndAppeals}."
            : lineOfBusiness == LinesOfBusiness.OneCare && !contractedProvider && OneCareNonContractedAppeals.Contains(type)
                ? $"A OneCare non-contracted provider's appeal of a {Describe(type)} denial goes to Grievance and Appeals: mail it with complete medical records and a signed Waiver of Liability to {GrievanceAndAppeals}."
                : null;

    private static string Describe(DisputeType type) => type switch
    {
        DisputeType.DiagnosisOrDrg => "diagnosis code or DRG payment",
        DisputeType.DownCoding => "down-coding",
        DisputeType.Bundling => "bundling",
        DisputeType.LevelOfCare => "level-of-care",
        _ => "rate of payment",
    };
}
