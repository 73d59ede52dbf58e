using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Platform.Reporting.Data;
using Platform.Reporting.Pharmacy;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Amm = Platform.Reporting.Bhi.AntidepressantMedicationManagement;

namespace Platform.Reporting.Bhi;

/// <summary>RPT-01: whose the member is in the report — the PCP on the index date (default) or the index prescription's prescriber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BhiAttribution>))]
public enum BhiAttribution
{
    Provider,
    Prescriber,
}

/// <summary>A member in the measure's denominator, attributed to a provider (null: no PCP, a COD member).</summary>
public sealed record BhiMember(string Cin, string FirstName, string LastName, DateOnly DateOfBirth, string? AttributedNpi, AmmResult Result);

/// <summary>
/// The BHI measure's members for a measurement year as the caller may see them (ACC-01/06: a provider office its own
/// providers' members, a partner its network's, the plan's staff all). Computed on request from the fills, diagnoses,
/// exclusions and member copies: the candidates are the members with an antidepressant dispensed in the intake period.
/// </summary>
public sealed class BhiMembers(ReportingDbContext db, TimeProvider time)
{
    /// <param name="provider">Only the members that may be attributed to this provider (a provider's page); null for all.</param>
    public async Task<List<BhiMember>> ListAsync(int year, BhiAttribution by, CallerScope scope, string? provider, CancellationToken cancellationToken)
    {
        var asOf = time.PlanToday();
        var (intakeFrom, intakeTo) = Amm.IntakePeriod(year);
        var (readFrom, readTo) = (intakeFrom.AddDays(-Amm.NegativeHistoryDays), intakeTo.AddDays(Amm.ContinuationWindowDays));
        var antidepressantFills = db.PharmacyFills.AsNoTracking()
            .Where(f => f.DrugClass == DrugClasses.Antidepressants && f.FilledOn >= readFrom && f.FilledOn <= readTo);
        if (Reachable(scope, by, provider) is { } reachable)
        {
            antidepressantFills = antidepressantFills.Where(f => reachable.Contains(f.Cin));
        }

        var fills = (await antidepressantFills
                .Select(f => new { f.Cin, f.FilledOn, f.DrugName, f.DaysSupply, f.PrescriberNpi })
                .ToListAsync(cancellationToken))
            .ToLookup(f => f.Cin);
        string[] candidates = [.. fills.Where(m => m.Any(f => f.FilledOn >= intakeFrom && f.FilledOn <= intakeTo)).Select(m => m.Key)];
        var members = await db.Members.AsNoTracking().Where(m => candidates.Contains(m.Cin)).ToListAsync(cancellationToken);
        var diagnoses = (await db.DepressionDiagnoses.AsNoTracking()
                .Where(d => candidates.Contains(d.Cin) && d.DiagnosedOn >= intakeFrom.AddDays(-Amm.DiagnosisWindowDays) && d.DiagnosedOn <= intakeTo.AddDays(Amm.DiagnosisWindowDays))
                .Select(d => new { d.Cin, d.DiagnosedOn })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.Cin, d => d.DiagnosedOn);
        // HEDIS: members in hospice at any time in the measurement year are excluded.
        var (yearStart, yearEnd) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var inHospice = (await db.MemberExclusions.AsNoTracking()
                .Where(e => e.Kind == ExclusionKind.Hospice && candidates.Contains(e.Cin) && e.From <= yearEnd && (e.To == null || e.To >= yearStart))
                .Select(e => e.Cin)
                .ToListAsync(cancellationToken))
            .ToHashSet();

        var measured = new List<BhiMember>();
        foreach (var member in members)
        {
            var memberFills = fills[member.Cin].ToList();
            var candidate = new AmmCandidate(
                member.DateOfBirth,
                [.. memberFills.Select(f => new TreatmentFill(f.FilledOn, f.DrugName, f.DaysSupply))],
                [.. diagnoses[member.Cin]],
                [.. member.Coverage.Select(c => new EnrolledSpan(c.StartDate, Earlier(c.EndDate, member.DateOfDeath)))],
                inHospice.Contains(member.Cin));
            if (Amm.Measure(candidate, year, asOf) is not { } result || member.CoverageOn(result.IndexDate) is not { } coverage)
            {
                continue;
            }

            var attributed = by == BhiAttribution.Provider
                ? coverage.PcpNpi
                : memberFills.Where(f => f.FilledOn == result.IndexDate).MaxBy(f => f.DaysSupply)!.PrescriberNpi;
            // ACC-01/06: an office sees the members attributed to its providers, a partner its network's members.
            if (scope.CanSee(attributed, coverage.Program))
            {
                measured.Add(new BhiMember(member.Cin, member.FirstName, member.LastName, member.DateOfBirth, attributed, result));
            }
        }

        return measured;
    }

    /// <summary>
    /// The members a caller's providers (or the one provider asked for) could be attributed, read in SQL so an office's
    /// request never reads the plan's every fill; the exact attribution and scope are decided per member afterwards.
    /// Null: no narrowing (the plan's staff, for the whole plan).
    /// </summary>
    private IQueryable<string>? Reachable(CallerScope scope, BhiAttribution by, string? provider)
    {
        if (scope.Network is { } network)
        {
            return db.Members.Where(m => m.Coverage.Any(c => c.Program == network)).Select(m => m.Cin);
        }

        if (scope.IsPlanWide && provider is null)
        {
            return null;
        }

        string[] npis = provider is not null ? [provider] : [.. scope.Npis];
        return by == BhiAttribution.Provider
            ? db.Members.Where(m => m.Coverage.Any(c => c.PcpNpi != null && npis.Contains(c.PcpNpi))).Select(m => m.Cin)
            : db.PharmacyFills.Where(f => f.DrugClass == DrugClasses.Antidepressants && npis.Contains(f.PrescriberNpi)).Select(f => f.Cin);
    }

    private static DateOnly? Earlier(DateOnly? end, DateOnly? died) => (end, died) switch
    {
        (null, _) => died,
        (_, null) => end,
        var (e, d) => e < d ? e : d,
    };
}
