namespace Platform.Contracts.Claims;

/// <summary>
/// A finalized claim was adjudicated again (a corrected payment, a reversed denial): the new determination replaces
/// the old one, and DSP-04's filing window restarts from <see cref="AdjustedAt"/> (the last determination).
/// <see cref="Lines"/>: the lines as now determined (null from older senders).
/// </summary>
public sealed record ClaimAdjusted(
    Guid ClaimId,
    string ClaimNumber,
    string Cin,
    string BillingNpi,
    decimal BilledAmount,
    decimal PreviousPayableAmount,
    decimal PayableAmount,
    string Status,
    DateTimeOffset AdjustedAt,
    IReadOnlyList<ClaimLineSnapshot>? Lines = null);
