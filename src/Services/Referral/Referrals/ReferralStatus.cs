using System.Text.Json.Serialization;

namespace Platform.Referral.Referrals;

/// <summary>REF-13's statuses. Submitted is momentary: REF-12 decides or pends every request as it is submitted.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReferralStatus>))]
public enum ReferralStatus
{
    Submitted,
    Pended,
    Approved,
    Modified,
    Denied,
    Cancelled,
}

/// <summary>REF-05: routine unless a stated urgent criterion holds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReferralUrgency>))]
public enum ReferralUrgency
{
    Routine,
    Urgent,
}

/// <summary>REF-05's three criteria, as the education deck and the Authorization Request Form state them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UrgentCriterion>))]
public enum UrgentCriterion
{
    /// <summary>The normal time frame would be detrimental to the patient's life or health.</summary>
    LifeOrHealth,

    /// <summary>It would jeopardize the patient's ability to regain maximum function.</summary>
    MaximumFunction,

    /// <summary>It would result in loss of life, limb or other major bodily function.</summary>
    LifeLimbOrBodilyFunction,
}

/// <summary>One step of a referral's history (REF-13): when, into which status, by whom ("plan" for an automatic step), and why.</summary>
public sealed record ReferralTransition(DateTimeOffset At, ReferralStatus Status, string By, string? Note);

/// <summary>A requested service: CPT/HCPCS code, up to four modifiers, units and place of service; <see cref="ApprovedQuantity"/> once decided.</summary>
public sealed record ReferralLine(int LineNumber, string ProcedureCode, List<string> Modifiers, int Quantity, string PlaceOfService, string? Category,
    int? ApprovedQuantity = null);

/// <summary>How one rule came out for a request (REF-12's rule trace, shown to the submitter).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleResult>))]
public enum RuleResult
{
    /// <summary>The rule holds.</summary>
    Passed,

    /// <summary>The rule changed the request (REF-05's downgrade, REF-10's bypass) or said something the submitter should know.</summary>
    Applied,

    /// <summary>The rule sends the request to a reviewer.</summary>
    Pended,

    /// <summary>The rule refuses the request: it is not submitted.</summary>
    Refused,
}

/// <summary>A rule's id, its outcome and why, worded for the submitter.</summary>
public sealed record RuleOutcome(string Rule, RuleResult Result, string Detail);
