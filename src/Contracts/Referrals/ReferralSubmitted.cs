namespace Platform.Contracts.Referrals;

/// <summary>
/// REF-01: a referral (authorization request) was submitted for the member. REF-11: the face sheet counts a member's
/// referrals from these, by <see cref="SubmittedOn"/> (the plan's day), over the same two years Referral Lookup shows.
/// <see cref="HealthNetwork"/> is the member's network on the date of service (null for the plan's own COD/CCN members).
/// </summary>
public sealed record ReferralSubmitted(
    Guid ReferralId,
    string ReferralNumber,
    string Cin,
    string RequestingNpi,
    string ServicingNpi,
    string? HealthNetwork,
    string Urgency,
    DateOnly SubmittedOn,
    DateTimeOffset SubmittedAt);
