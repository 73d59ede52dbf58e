namespace Platform.Contracts.Referrals;

/// <summary>
/// REF-13: a referral's status changed (pended, approved, modified, denied, cancelled, information requested). The web
/// app pushes it to whoever watches the referral, live; it carries no member details, so a page that shows one reads
/// the referral again through the gateway (scoped and audited). <see cref="RequestingNpi"/>, <see cref="ServicingNpi"/>
/// and <see cref="HealthNetwork"/> say who may see it (ACC-01/06).
/// </summary>
public sealed record ReferralStatusChanged(
    Guid ReferralId,
    string ReferralNumber,
    string Status,
    string RequestingNpi,
    string ServicingNpi,
    string? HealthNetwork,
    DateTimeOffset ChangedAt);
