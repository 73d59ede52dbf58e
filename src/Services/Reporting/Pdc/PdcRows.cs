using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Reporting.Data;
using Platform.Reporting.Members;
using Platform.Reporting.Pharmacy;

namespace Platform.Reporting.Pdc;

/// <summary>One row of the PDC report: a member's adherence to one class, and the bucket it puts them in.</summary>
public sealed record PdcRow(ReportingMember Member, ReportingMemberCoverage? Attributed, PdcResult Result, PdcPriority Priority);

/// <summary>
/// Streams the PDC rows a scope selects, member by member in CIN order, from two ordered reads the database sends
/// as they are consumed — the members and their fills of the measurement year — merged here: a plan's fills never sit
/// in memory together, only one member's at a time (RPT-03 at 100,000 members).
/// </summary>
public sealed class PdcRows(DbContextOptions<ReportingDbContext> options)
{
    /// <param name="asOf">The report's day: its year is the measurement year.</param>
    /// <param name="priorities">The buckets by rank (<see cref="PdcPriorities.Of"/>).</param>
    public async IAsyncEnumerable<PdcRow> ReadAsync(PdcScope scope, IReadOnlyList<PdcPriority> priorities, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var yearStart = new DateOnly(asOf.Year, 1, 1);
        // Two contexts: one connection cannot stream two result sets at once.
        await using var membersDb = new ReportingDbContext(options);
        await using var fillsDb = new ReportingDbContext(options);
        var excluded = (await membersDb.MemberExclusions.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(e => e.Cin);
        await using var members = Members(membersDb, scope, yearStart, asOf).GetAsyncEnumerator(cancellationToken);
        var fills = new List<PharmacyFill>();
        await foreach (var fill in Fills(fillsDb, scope, yearStart, asOf).WithCancellation(cancellationToken))
        {
            if (fills.Count > 0 && fills[0].Cin != fill.Cin)
            {
                foreach (var row in await RowsAsync(members, fills, excluded, scope, priorities, asOf))
                {
                    yield return row;
                }

                fills.Clear();
            }

            fills.Add(fill);
        }

        foreach (var row in await RowsAsync(members, fills, excluded, scope, priorities, asOf))
        {
            yield return row;
        }
    }

    private static async Task<List<PdcRow>> RowsAsync(
        IAsyncEnumerator<ReportingMember> members, List<PharmacyFill> fills, ILookup<string, MemberExclusion> excluded, PdcScope scope,
        IReadOnlyList<PdcPriority> priorities, DateOnly asOf)
    {
        List<PdcRow> rows = [];
        if (fills.Count == 0)
        {
            return rows;
        }

        var cin = fills[0].Cin;
        // Both reads are in CIN order (ordinal, COLLATE "C"); fills of a CIN without a member copy are passed over.
        while (string.CompareOrdinal(members.Current?.Cin, cin) < 0 && await members.MoveNextAsync())
        {
        }

        if (members.Current is not { } member || member.Cin != cin)
        {
            return rows;
        }

        var enrolledThrough = EnrolledThrough(member);
        var measured = new PdcMember(cin, member.DateOfBirth, enrolledThrough, fills, [.. excluded[cin]]);
        foreach (var result in PdcMeasures.Measure(measured, asOf))
        {
            var attributed = member.CoverageOn(result.MeasuredThrough) ?? member.Coverage.LastOrDefault();
            if (scope.Includes(attributed, result))
            {
                rows.Add(new PdcRow(member, attributed, result, PdcPriorities.Of(priorities, result)));
            }
        }

        return rows;
    }

    /// <summary>The member's last day of enrollment: the end of their last span, or death; null while enrolled.</summary>
    public static DateOnly? EnrolledThrough(ReportingMember member)
    {
        DateOnly? end = member.Coverage.Count == 0 || member.Coverage.Any(c => c.EndDate is null) ? null : member.Coverage.Max(c => c.EndDate);
        return member.DateOfDeath is { } died && (end is null || died < end) ? died : end;
    }

    private static IAsyncEnumerable<ReportingMember> Members(ReportingDbContext db, PdcScope scope, DateOnly yearStart, DateOnly asOf)
    {
        var withFills = db.PharmacyFills.Where(f => f.FilledOn >= yearStart && f.FilledOn <= asOf && DrugClasses.ReadByPdc.Contains(f.DrugClass)).Select(f => f.Cin);
        var members = db.Members.AsNoTracking().Where(m => withFills.Contains(m.Cin));
        if (scope.VisibleCins(db, yearStart) is { } visible)
        {
            members = members.Where(m => visible.Contains(m.Cin));
        }

        return members.OrderBy(m => EF.Functions.Collate(m.Cin, "C")).AsAsyncEnumerable();
    }

    private static IAsyncEnumerable<PharmacyFill> Fills(ReportingDbContext db, PdcScope scope, DateOnly yearStart, DateOnly asOf)
    {
        var fills = db.PharmacyFills.AsNoTracking().Where(f => f.FilledOn >= yearStart && f.FilledOn <= asOf && DrugClasses.ReadByPdc.Contains(f.DrugClass));
        if (scope.VisibleCins(db, yearStart) is { } visible)
        {
            fills = fills.Where(f => visible.Contains(f.Cin));
        }

        return fills.OrderBy(f => EF.Functions.Collate(f.Cin, "C")).ThenBy(f => f.FilledOn).AsAsyncEnumerable();
    }
}
