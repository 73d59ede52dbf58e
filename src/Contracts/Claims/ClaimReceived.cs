namespace Platform.Contracts.Claims;

/// <summary>
/// The plan received a claim for a member. ELG-04: eligibility counts a member's claims of the last two years on the
/// face sheet from these, without reading the claims database.
/// </summary>
public sealed record ClaimReceived(Guid ClaimId, string ClaimNumber, string Cin, DateOnly ServiceFrom, DateTimeOffset ReceivedAt);
