using Microsoft.EntityFrameworkCore;
using Platform.Referral.Data;
using Platform.Referral.Directory;
using Platform.Referral.Referrals;

namespace Platform.Referral.Lookup;

using Referral = Platform.Referral.Referrals.Referral;

/// <summary>A provider of the referral, named as the directory names them.</summary>
public sealed record ReferralProvider(string Npi, string? Name, string? Specialty)
{
    public static ReferralProvider Of(string npi, DirectoryProvider? provider) => new(npi, provider?.Name, provider?.Specialty);
}

/// <summary>A referral as its submitter and reviewers see it (REF-13): the request, the rule trace, the decision and the history.</summary>
public sealed record ReferralResponse(
    string ReferralNumber,
    ReferralStatus Status,
    string Cin,
    string? MemberName,
    ReferralProvider RequestingProvider,
    ReferralProvider ServicingProvider,
    bool ServicingTertiary,
    string? HealthNetwork,
    string LineOfBusiness,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    IReadOnlyList<string> DiagnosisCodes,
    IReadOnlyList<ReferralLine> Lines,
    ReferralUrgency RequestedUrgency,
    ReferralUrgency Urgency,
    UrgentCriterion? UrgentCriterion,
    string? Notes,
    bool AllowRedirect,
    string? RedirectJustification,
    IReadOnlyList<RuleOutcome> RuleTrace,
    DateTimeOffset? DueAt,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt,
    bool DecidedAutomatically,
    string? DecisionReason,
    IReadOnlyList<ReferralTransition> History)
{
    public static ReferralResponse From(Referral referral, string? memberName, DirectoryProvider? requesting, DirectoryProvider? servicing) => new(
        referral.ReferralNumber, referral.Status, referral.Cin, memberName,
        ReferralProvider.Of(referral.RequestingNpi, requesting), ReferralProvider.Of(referral.ServicingNpi, servicing), referral.ServicingTertiary,
        referral.HealthNetwork, referral.LineOfBusiness, referral.ServiceFrom, referral.ServiceTo, referral.DiagnosisCodes, referral.Lines,
        referral.RequestedUrgency, referral.Urgency, referral.UrgentCriterion, referral.Notes, referral.AllowRedirect, referral.RedirectJustification,
        referral.RuleTrace, referral.DueAt, referral.SubmittedAt, referral.DecidedAt, referral.DecidedAutomatically, referral.DecisionReason, referral.History);
}

public static class ReferralReads
{
    /// <summary>The response with the member's and providers' names read from the service's copies.</summary>
    public static async Task<ReferralResponse> ResponseAsync(this ReferralDbContext db, Referral referral, CancellationToken cancellationToken)
    {
        var name = await db.Members.AsNoTracking().Where(m => m.Cin == referral.Cin).Select(m => m.FirstName + " " + m.LastName).SingleOrDefaultAsync(cancellationToken);
        var providers = await db.Providers.AsNoTracking().Where(p => p.Npi == referral.RequestingNpi || p.Npi == referral.ServicingNpi).ToListAsync(cancellationToken);
        return ReferralResponse.From(referral, name, providers.Find(p => p.Npi == referral.RequestingNpi), providers.Find(p => p.Npi == referral.ServicingNpi));
    }
}
