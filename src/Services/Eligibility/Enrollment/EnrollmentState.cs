using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.Data;
using Platform.Eligibility.Members;

namespace Platform.Eligibility.Enrollment;

/// <summary>Reads, in a few queries, everything a batch's records will be checked against.</summary>
public static class EnrollmentState
{
    public static async Task<EnrollmentChanges> LoadAsync(EligibilityDbContext db, EnrollmentFile file, CancellationToken cancellationToken)
    {
        var records = file.Records.Select(r => r.Record).ToList();
        var cins = records.Select(r => r.Cin!.Trim().ToUpperInvariant()).Distinct().ToList();
        var medsIds = records.Select(r => r.MedsId?.Trim().ToUpperInvariant()).OfType<string>().Distinct().ToList();
        var mbis = records.Select(r => r.Mbi?.Trim().ToUpperInvariant()).OfType<string>().Distinct().ToList();
        var npis = records.Select(r => r.PcpNpi).OfType<string>().Distinct().ToList();

        // Tracked: the changes are saved from these.
        var members = await db.Members.Include(m => m.Spans).Where(m => cins.Contains(m.Cin)).ToDictionaryAsync(m => m.Cin, cancellationToken);
        var owners = await db.Members.AsNoTracking()
            .Where(m => medsIds.Contains(m.MedsId) || (m.Mbi != null && mbis.Contains(m.Mbi)))
            .Select(m => new { m.Cin, m.MedsId, m.Mbi })
            .ToListAsync(cancellationToken);
        var programs = await db.HealthNetworks.Select(n => n.Code).ToHashSetAsync(cancellationToken);
        programs.Add(CoverageSpan.Direct);
        var providers = await db.Providers.AsNoTracking().Where(p => npis.Contains(p.Npi)).ToDictionaryAsync(p => p.Npi, cancellationToken);
        return new EnrollmentChanges(
            members,
            programs,
            providers,
            owners.ToDictionary(o => o.MedsId, o => o.Cin),
            owners.Where(o => o.Mbi is not null).ToDictionary(o => o.Mbi!, o => o.Cin),
            member => db.Members.Add(member));
    }
}
