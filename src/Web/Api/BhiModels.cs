namespace Platform.Web.Api;

/// <summary>The reporting service's BHI Quality Measure answers (RPT-01), as the pages read them.</summary>
public sealed record BhiRate(int Met, int Open, decimal? Rate);

public sealed record BhiProviderRow(string Npi, string Name, string Tin, string Specialty, IReadOnlyList<string> Networks, int Members, BhiRate Acute, BhiRate Continuation);

public sealed record BhiReport(int Year, string By, DateOnly IntakeFrom, DateOnly IntakeTo, string Measure, IReadOnlyList<BhiProviderRow> Providers, string? Next);

public sealed record BhiPhaseRow(DateOnly WindowEnd, int TreatmentDays, string Status);

public sealed record BhiMemberRow(string Cin, string Name, DateOnly DateOfBirth, DateOnly IndexDate, BhiPhaseRow Acute, BhiPhaseRow Continuation);

public sealed record BhiProviderReport(int Year, string By, BhiProviderRow Provider, IReadOnlyList<BhiMemberRow> Members);
