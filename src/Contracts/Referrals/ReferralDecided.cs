namespace Platform.Contracts.Referrals;

/// <summary>
/// REF-12/13: a referral was decided — <see cref="Status"/> is Approved, Modified or Denied — automatically at submission
/// (<see cref="Automatic"/>) or by a reviewer. A denial carries its specific reason (CMS-0057-F).
/// </summary>
public sealed record ReferralDecided(
    Guid ReferralId,
    string ReferralNumber,
    string Cin,
    string Status,
    bool Automatic,
    string? Reason,
    DateTimeOffset SubmittedAt,
    DateTimeOffset DecidedAt);
