using Microsoft.EntityFrameworkCore;
using Platform.Referral.Data;

namespace Platform.Referral.PriorAuthorization;

/// <summary>
/// REF-02: the lists checked in beside this file (Lists/pa-code-list-YYYY-Qn.csv) are loaded by the migrate step for
/// the quarters that have none yet; a list plan staff loaded is never replaced by the seed.
/// <para>
/// Where they come from: <b>assumption</b> — no plan's published list is among this project's sources, so these are
/// modeled on what Medi-Cal managed-care plans' quarterly lists typically hold (advanced imaging, sleep studies,
/// outpatient surgery, DME, therapies, genetic testing, BH ABA). A plan deploying this loads its own list with
/// <c>PUT /api/v1/pa-code-lists/{quarter}</c>.
/// </para>
/// </summary>
public static class PaCodeListSeed
{
    public const string SeededBy = "seed";

    private const string Prefix = "pa-code-list-";

    public static async Task ApplyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ReferralDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var assembly = typeof(PaCodeListSeed).Assembly;
        foreach (var file in assembly.GetManifestResourceNames().Where(name => name.StartsWith(Prefix, StringComparison.Ordinal)).Order())
        {
            var name = file[Prefix.Length..^".csv".Length];
            if (!PlanQuarter.TryParse(name, out var quarter))
            {
                throw new InvalidOperationException($"{file}: the file's name gives no quarter ({PlanQuarter.Format}).");
            }

            if (await db.PaCodeLists.AnyAsync(l => l.Quarter == quarter.ToString(), cancellationToken))
            {
                continue;
            }

            using var reader = new StreamReader(assembly.GetManifestResourceStream(file)!);
            var (codes, problems) = await PaCodeListCsv.ParseAsync(reader, cancellationToken);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"{file}: {string.Join(" ", problems)}");
            }

            await db.ReplaceAsync(quarter.Value, codes, SeededBy, now, cancellationToken);
        }
    }
}
