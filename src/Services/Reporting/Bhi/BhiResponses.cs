namespace Platform.Reporting.Bhi;

/// <summary>A phase's members who met it, those still open, and the rate over the decided ones (null when none is decided yet).</summary>
public sealed record BhiRate(int Met, int Open, decimal? Rate);

/// <summary>A provider's line of the report: who they are and the measure over the members attributed to them.</summary>
public sealed record BhiProviderRow(string Npi, string Name, string Tin, string Specialty, IReadOnlyList<string> Networks, int Members, BhiRate Acute, BhiRate Continuation);

/// <summary>The report: the measurement year, its intake period, how members were attributed, and one page of providers.</summary>
public sealed record BhiReport(int Year, BhiAttribution By, DateOnly IntakeFrom, DateOnly IntakeTo, string Measure, IReadOnlyList<BhiProviderRow> Providers, string? Next);

/// <summary>A phase of one member: treatment days in its window and Met, Not met or Open.</summary>
public sealed record BhiPhaseRow(DateOnly WindowEnd, int TreatmentDays, string Status);

public sealed record BhiMemberRow(string Cin, string Name, DateOnly DateOfBirth, DateOnly IndexDate, BhiPhaseRow Acute, BhiPhaseRow Continuation);

/// <summary>One provider's measure with the members behind it.</summary>
public sealed record BhiProviderReport(int Year, BhiAttribution By, BhiProviderRow Provider, IReadOnlyList<BhiMemberRow> Members);
