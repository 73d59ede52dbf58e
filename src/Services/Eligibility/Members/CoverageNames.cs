using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.Data;

namespace Platform.Eligibility.Members;

/// <summary>ELG-03/04: a span as the portal shows it, with the program's and the PCP's names.</summary>
public sealed record CoverageView(
    LineOfBusiness LineOfBusiness,
    string Program,
    string ProgramName,
    string? PcpNpi,
    string? PcpName,
    decimal ShareOfCost,
    DateOnly StartDate,
    DateOnly? EndDate);

/// <summary>The names of the programs and PCPs of some spans, read once per answer rather than once per span.</summary>
public sealed class CoverageNames
{
    // COD is a program the plan administers, not a health network, so it has no row among the networks.
    private const string DirectName = "CalOptima Health Direct";

    private readonly Dictionary<string, string> programs;
    private readonly Dictionary<string, string> pcps;

    private CoverageNames(Dictionary<string, string> programs, Dictionary<string, string> pcps) =>
        (this.programs, this.pcps) = (programs, pcps);

    public static async Task<CoverageNames> LoadAsync(EligibilityDbContext db, IEnumerable<CoverageSpan> spans, CancellationToken cancellationToken)
    {
        var npis = spans.Select(s => s.PcpNpi).OfType<string>().Distinct().ToList();
        var programs = await db.HealthNetworks.AsNoTracking().ToDictionaryAsync(n => n.Code, n => n.Name, cancellationToken);
        programs[CoverageSpan.Direct] = DirectName;
        var pcps = await db.Providers.AsNoTracking().Where(p => npis.Contains(p.Npi)).ToDictionaryAsync(p => p.Npi, p => p.Name, cancellationToken);
        return new CoverageNames(programs, pcps);
    }

    public string ProgramName(string program) => programs.GetValueOrDefault(program, program);

    public string? PcpName(string? npi) => npi is null ? null : pcps.GetValueOrDefault(npi);

    public CoverageView View(CoverageSpan span) => new(
        span.LineOfBusiness, span.Program, ProgramName(span.Program), span.PcpNpi, PcpName(span.PcpNpi), span.ShareOfCost, span.StartDate, span.EndDate);
}
