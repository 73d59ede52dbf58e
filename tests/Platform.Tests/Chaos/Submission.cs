namespace Platform.Tests.Chaos;

public enum SubmissionKind
{
    /// <summary>A claim recorded at intake (POST /api/claims/v1/claims).</summary>
    Claim,

    /// <summary>That claim finalized (POST …/finalization): its event makes it disputable in the dispute service.</summary>
    Finalization,

    /// <summary>An enrollment batch of one new member and one coverage span (POST /api/eligibility/v1/enrollment-batches).</summary>
    EnrollmentBatch,
}

/// <summary>
/// One write of the chaos mix, sent until it settles: accepted (a 2xx, or on a retry the answer that it was already
/// applied: 409 for a claim, 200 "replayed" for a batch), refused (any other 4xx, which the mix never provokes) or,
/// past the deadline, unsettled. <see cref="Phase"/> is the fault under way when it started (0: none yet).
/// </summary>
public sealed class Submission(SubmissionKind kind, string key, int phase)
{
    public SubmissionKind Kind { get; } = kind;

    /// <summary>The claim number, or the batch id.</summary>
    public string Key { get; } = key;

    /// <summary>The member a batch enrolls.</summary>
    public string? Cin { get; init; }

    public int Phase { get; } = phase;

    public int Attempts { get; set; }

    public SubmissionOutcome Outcome { get; set; } = SubmissionOutcome.Unsettled;
}

public enum SubmissionOutcome
{
    Unsettled,
    Accepted,
    Refused,
}
