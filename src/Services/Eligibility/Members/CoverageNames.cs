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
public sealed class CoverageNames(IReadOnlyDictionary<string, string> programs, IReadOnlyDictionary<string, string> pcps)
{
    public static async Task<CoverageNames> LoadAsync(
        EligibilityDbContext db, ProgramNames programNames, IEnumerable<CoverageSpan> spans, CancellationToken cancellationToken) =>
        new(await programNames.GetAsync(cancellationToken), await PcpNamesAsync(db, spans, cancellationToken));

    public static async Task<IReadOnlyDictionary<string, string>> PcpNamesAsync(
        EligibilityDbContext db, IEnumerable<CoverageSpan> spans, CancellationToken cancellationToken)
    {
        var npis = spans.Select(s => s.PcpNpi).OfType<string>().Distinct().ToList();
        return npis.Count == 0
            ? new Dictionary<string, string>()
            : await db.Providers.AsNoTracking().Where(p => npis.Contains(p.Npi)).ToDictionaryAsync(p => p.Npi, p => p.Name, cancellationToken);
    }

    public string ProgramName(string program) => programs.GetValueOrDefault(program, program);

    public string? PcpName(string? npi) => npi is null ? null : pcps.GetValueOrDefault(npi);

    public CoverageView View(CoverageSpan span) => new(
        span.LineOfBusiness, span.Program, ProgramName(span.Program), span.PcpNpi, PcpName(span.PcpNpi), span.ShareOfCost, span.StartDate, span.EndDate);
}
