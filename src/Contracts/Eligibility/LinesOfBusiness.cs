namespace Platform.Contracts.Eligibility;

/// <summary>ELG-03: the plan's lines of business, spelled as every service and the portal show them.</summary>
public static class LinesOfBusiness
{
    public const string OneCare = "OneCare";

    public static readonly string[] All = ["Medi-Cal", OneCare, "OneCare Connect", "PACE"];

    public const string Message = "A line of business is Medi-Cal, OneCare, OneCare Connect or PACE.";
}
