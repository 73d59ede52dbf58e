namespace Platform.Web.Components.Pages.Attestations;

/// <summary>
/// RPT-05: what each training material's page shows — a short summary in place of the plan's published training
/// documents, which the portal would link once the plan hosts them. Keyed by the reporting service's material codes.
/// </summary>
public static class TrainingMaterialContent
{
    private static readonly Dictionary<string, string[]> Pages = new(StringComparer.Ordinal)
    {
        ["NEW_PROVIDER"] =
        [
            "Welcome to the network. This training covers the portal's modules, eligibility verification before every visit, referrals and prior authorization, claims submission and disputes.",
            "It also explains the member's rights, timely access standards and where to find the provider manual and policies.",
        ],
        ["CULTURAL_COMPETENCY"] =
        [
            "Members come from many cultures and speak many languages. Offer free interpreter services, including sign language, and translated materials in the member's preferred language.",
            "Respect each member's beliefs, values and health practices when planning care together.",
        ],
        ["DISABILITY_AWARENESS"] =
        [
            "Make the office, equipment and communication accessible: physical access, accessible exam tables, alternative formats and extra time when a member needs it.",
            "Ask members what accommodations they need, and record them so every visit provides them.",
        ],
        ["ONECARE_MOC"] =
        [
            "The OneCare Model of Care describes how the plan coordinates care for members with both Medicare and Medi-Cal: health risk assessments, individualized care plans and interdisciplinary care teams.",
            "Providers take part in care team meetings and care transitions, and share information the care plan needs.",
        ],
        ["FWA"] =
        [
            "Fraud, waste and abuse cost the program and harm members. Bill only services rendered and documented, with accurate codes.",
            "Report suspected fraud, waste or abuse to the plan's compliance hotline; reports can be made anonymously and retaliation is prohibited.",
        ],
        ["DEI"] =
        [
            "Diversity, equity and inclusion training addresses implicit bias and health disparities, and how an inclusive practice improves outcomes.",
            "Use members' chosen names and pronouns, and make every member feel welcome and respected.",
        ],
    };

    /// <summary>The material's paragraphs; a material the portal has no summary for yet says so.</summary>
    public static IReadOnlyList<string> For(string code) =>
        Pages.TryGetValue(code, out var paragraphs) ? paragraphs : ["This material's summary is not available in the portal yet."];
}
