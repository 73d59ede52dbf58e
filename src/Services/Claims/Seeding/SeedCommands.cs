using System.Globalization;
using Platform.Claims.Data;
using Platform.ServiceDefaults;
using Platform.Synthetic;

namespace Platform.Claims.Seeding;

/// <summary>Synthetic claims' entry points: an operator's command and the demo run's migrate step.</summary>
public static class SeedCommands
{
    /// <summary>The demo population's size (env Claims__DemoPopulation): the members eligibility's migrate step loaded.</summary>
    public const string DemoPopulationKey = "Claims:DemoPopulation";

    /// <summary>Service lines of the demo's claims (env Claims__DemoClaimLines), billed by the demo offices.</summary>
    public const string DemoClaimLinesKey = "Claims:DemoClaimLines";

    /// <summary>The most lines one seed loads: ten times the benchmark's ten million.</summary>
    private const long MaxLines = 100_000_000;

    /// <summary>
    /// `seed-claims &lt;lines&gt; &lt;members&gt; [seed]`: claims with that many service lines in all, billed by the whole
    /// directory, over the population eligibility's `seed-population &lt;members&gt; [seed]` loaded (same size and seed).
    /// Exit 0 when loaded, 1 when refused, 2 on bad arguments.
    /// </summary>
    public static readonly ServiceCommand SeedClaims = new("seed-claims", async (services, args, cancellationToken) =>
    {
        var logger = services.GetRequiredService<ILogger<SyntheticClaims>>();
        if (args is not [var lineText, var memberText, .. var rest] || rest.Length > 1
            || !long.TryParse(lineText, CultureInfo.InvariantCulture, out var lines) || lines is < 1 or > MaxLines
            || !int.TryParse(memberText, CultureInfo.InvariantCulture, out var members) || members is < 1 or > SyntheticIds.MaxMembers
            || !SyntheticPlan.TryParseSeed(rest, out var seed))
        {
            logger.LogError("Usage: seed-claims <lines, 1 to {MaxLines}> <members of the population, 1 to {MaxMembers}> [seed]", MaxLines, SyntheticIds.MaxMembers);
            return 2;
        }

        return await SeedAsync(services, lines, members, seed, ClaimBillers.Plan, cancellationToken) ? 0 : 1;
    });

    /// <summary>The migrate step's demo claims, when configured, into an empty claims table only.</summary>
    public static async Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (configuration.GetValue<int?>(DemoPopulationKey) is > 0 and var members && configuration.GetValue<long?>(DemoClaimLinesKey) is > 0 and var lines)
        {
            await SeedAsync(services, lines, members, SyntheticPlan.DemoSeed, ClaimBillers.DemoOffices, cancellationToken);
        }
    }

    private static async Task<bool> SeedAsync(IServiceProvider services, long lines, int members, int seed, ClaimBillers billers, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILogger<SyntheticClaims>>();
        var today = services.GetRequiredService<TimeProvider>().PlanToday();
        var plan = new SyntheticPlan(members, seed, today);
        // The demo's are announced, so the face sheet counts them and disputes can start from them.
        var seeded = await new ClaimsSeeder(services.GetRequiredService<ClaimsDbContext>())
            .SeedAsync(plan, new SyntheticClaims(plan, seed, today, billers), lines, announce: billers == ClaimBillers.DemoOffices, cancellationToken);
        if (seeded is null)
        {
            logger.LogWarning("The claims table is not empty: no synthetic claims loaded");
            return false;
        }

        logger.LogInformation("Loaded {Claims} synthetic claims with {Lines} lines, {Payments} payments and {Members} new member copies (seed {Seed}) in {Elapsed:F1} s",
            seeded.Claims, seeded.Lines, seeded.Payments, seeded.NewMembers, seed, seeded.Elapsed.TotalSeconds);
        return true;
    }
}
