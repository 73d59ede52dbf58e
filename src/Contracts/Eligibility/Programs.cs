namespace Platform.Contracts.Eligibility;

/// <summary>ELG-03: what a coverage span's program names — CalOptima Health Direct, or a network (CCN or a health network).</summary>
public static class Programs
{
    /// <summary>CalOptima Health Direct: the plan administers it; members have no assigned PCP (ELG-05).</summary>
    public const string Direct = "COD";

    /// <summary>CalOptima Health Community Network: the plan's own network, whose members have an assigned PCP (ELG-05).</summary>
    public const string CommunityNetwork = "CCN";

    /// <summary>Every network's code, CCN included, in the order eligibility's directory lists them (its seed must agree).</summary>
    public static readonly string[] Networks =
    [
        "ALTAMED", "AMVI", CommunityNetwork, "CHOC", "FAMILY_CHOICE", "HPN_REGAL", "KAISER", "NOBLE", "OPTUM_ARTA", "OPTUM_MONARCH",
        "OPTUM_TALBERT", "PROSPECT", "UNITED_CARE",
    ];
}
