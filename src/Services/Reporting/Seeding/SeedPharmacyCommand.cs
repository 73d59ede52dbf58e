using System.Globalization;
using Platform.Reporting.Data;
using Platform.ServiceDefaults;
using Platform.Synthetic;

namespace Platform.Reporting.Seeding;

/// <summary>Synthetic pharmacy fills' entry points (RPT-03): an operator's command and the demo run's migrate step.</summary>
public static class SeedPharmacyCommand
{
    /// <summary>
    /// `seed-pharmacy &lt;members&gt; [seed]`: the member and directory copies of that synthetic plan (as the demo's migrate
    /// step writes them) and their pharmacy fills, into an empty fills table. Exit 0 when loaded, 1 when refused, 2 on
    /// bad arguments.
    /// </summary>
    public static readonly ServiceCommand SeedPharmacy = new("seed-pharmacy", async (services, args, cancellationToken) =>
    {
        var logger = services.GetRequiredService<ILogger<SyntheticPharmacy>>();
        if (args is not [var memberText, .. var rest] || rest.Length > 1
            || !int.TryParse(memberText, CultureInfo.InvariantCulture, out var members) || members is < 1 or > SyntheticIds.MaxMembers
            || !SyntheticPlan.TryParseSeed(rest, out var seed))
        {
            logger.LogError("Usage: seed-pharmacy <members of the population, 1 to {MaxMembers}> [seed]", SyntheticIds.MaxMembers);
            return 2;
        }

        var today = services.GetRequiredService<TimeProvider>().PlanToday();
        return await SeedAsync(services, new SyntheticPlan(members, seed, today), seed, cancellationToken) ? 0 : 1;
    });

    /// <summary>The migrate step's demo copies and fills, when Reporting__DemoPopulation is set.</summary>
    public static async Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (DemoCopies.DemoPlan(services) is { } plan)
        {
            await DemoCopies.SeedAsync(services, plan, cancellationToken);
            await SeedAsync(services, plan, SyntheticPlan.DemoSeed, cancellationToken);
        }
    }

    private static async Task<bool> SeedAsync(IServiceProvider services, SyntheticPlan plan, int seed, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILogger<SyntheticPharmacy>>();
        var today = services.GetRequiredService<TimeProvider>().PlanToday();
        var seeded = await new PharmacySeeder(services.GetRequiredService<ReportingDbContext>())
            .SeedAsync(plan, new SyntheticPharmacy(plan, seed, today), cancellationToken);
        if (seeded is null)
        {
            logger.LogWarning("The pharmacy fills table is not empty: no synthetic fills loaded");
            return false;
        }

        logger.LogInformation("Loaded {Fills} synthetic pharmacy fills, {Exclusions} exclusions, {Providers} new providers and {Members} new members (seed {Seed}) in {Elapsed:F1} s",
            seeded.Fills, seeded.Exclusions, seeded.NewProviders, seeded.NewMembers, seed, seeded.Elapsed.TotalSeconds);
        return true;
    }
}
