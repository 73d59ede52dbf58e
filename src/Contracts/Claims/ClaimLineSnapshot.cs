namespace Platform.Contracts.Claims;

/// <summary>One service line as determined: what a copy needs to show it (the partner APIs' ExplanationOfBenefit items).</summary>
public sealed record ClaimLineSnapshot(
    int LineNumber,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    string ProcedureCode,
    IReadOnlyList<string> Modifiers,
    int Units,
    string? PlaceOfService,
    decimal BilledAmount,
    decimal? AllowedAmount,
    decimal? PayableAmount);
