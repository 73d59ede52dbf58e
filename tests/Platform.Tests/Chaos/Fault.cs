using Platform.Identity.Seed;

namespace Platform.Tests.Chaos;

public enum FaultKind
{
    /// <summary>A service or the web app behind the gateway: the gateway must answer for it with a 503 problem.</summary>
    Backend,

    /// <summary>The gateway itself: nothing is left to answer, clients see the connection refused.</summary>
    Gateway,

    /// <summary>PostgreSQL, Redis or RabbitMQ (eng/infra.sh crash and start).</summary>
    Server,
}

/// <summary>
/// One process to kill with SIGKILL and bring back, and the request through the gateway that shows it works again
/// (any answer below 500 from the part it names; <see cref="Probe.Event"/>: a claim finalized now reaches the dispute service).
/// </summary>
public sealed record Fault(string Name, FaultKind Kind, Probe Probe)
{
    /// <summary>A claim number no claim has (TestData's start with C and eleven digits; this one has ten).</summary>
    public const string MissingClaim = "C0000000000";

    /// <summary>Each service, the web app, the gateway and each server, in turn.</summary>
    public static readonly Fault[] All =
    [
        new("identity", FaultKind.Backend, Probe.Get("/api/identity/v1/me")),
        new("eligibility", FaultKind.Backend, Probe.Get("/api/eligibility/v1/health-networks")),
        new("claims", FaultKind.Backend, Probe.Get($"/api/claims/v1/claims/{MissingClaim}")),
        new("dispute", FaultKind.Backend, Probe.Get("/api/dispute/v1/disputable-claims")),
        new("referral", FaultKind.Backend, Probe.Get("/api/referral/v1/authorization-exemptions")),
        new("roster", FaultKind.Backend, Probe.Get($"/api/roster/v1/rosters/{DemoSeed.AnaheimPediatrician.Npi}/members")),
        new("reporting", FaultKind.Backend, Probe.Get("/api/reporting/v1/training-materials")),
        new("web", FaultKind.Backend, Probe.Get("/")),
        new("gateway", FaultKind.Gateway, Probe.Get("/api/referral/v1/authorization-exemptions")),
        // The member cache (Redis) serves the eligibility lookup; a mix member's CIN is put in at run time.
        new("redis", FaultKind.Server, Probe.Get("/api/eligibility/v1/members?id={cin}")),
        new("rabbitmq", FaultKind.Server, Probe.Event),
        new("postgres", FaultKind.Server, Probe.Get($"/api/claims/v1/claims/{MissingClaim}")),
    ];
}

/// <summary>A GET through the gateway, or (Path null) the claim-finalized event's way from claims to dispute.</summary>
public sealed record Probe(string? Path)
{
    public static readonly Probe Event = new((string?)null);

    public static Probe Get(string path) => new(path);
}
