namespace Platform.Contracts.Referrals;

/// <summary>
/// How the referral service's submission tells a refusal by its rules (REF-02/03/04/10: a plan decision on a line) from
/// input it cannot read: the title of its 400 problem. The partner API answers the first as a not-certified
/// ClaimResponse and the second as an OperationOutcome; both read this one value.
/// </summary>
public static class ReferralRefusal
{
    public const string Title = "The request is not submitted: the rules below refuse it.";
}
