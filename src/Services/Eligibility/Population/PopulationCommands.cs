using System.Globalization;
using Platform.Eligibility.Data;
using Platform.ServiceDefaults;
using Platform.Synthetic;

namespace Platform.Eligibility.Population;

/// <summary>The synthetic population's entry points: an operator's command and the demo run's migrate step.</summary>
public static class PopulationCommands
{
    /// <summary>Members of the demo population, loaded by the migrate step (env Eligibility__DemoPopulation).</summary>
    public const string DemoPopulationKey = "Eligibility:DemoPopulation";

    /// <summary>`seed-population &lt;members&gt; [seed]`: exit 0 when loaded, 1 when refused, 2 on bad arguments.</summary>
    public static readonly ServiceCommand SeedPopulation = new("seed-population", async (services, args, cancellationToken) =>
    {
        var logger = services.GetRequiredService<ILogger<SyntheticPopulation>>();
        if (args is not [var size, .. var rest] || rest.Length > 1 || !int.TryParse(size, CultureInfo.InvariantCulture, out var members)
            || members is < 1 or > SyntheticIds.MaxMembers || !SyntheticPlan.TryParseSeed(rest, out var seed))
        {
            logger.LogError("Usage: seed-population <members, 1 to {Max}> [seed]", SyntheticIds.MaxMembers);
            return 2;
        }

        return await LoadAsync(services, members, seed, announce: false, cancellationToken) ? 0 : 1;
    });

    /// <summary>The migrate step's demo members, when configured, into an empty members table only.</summary>
    public static async Task LoadDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IConfiguration>().GetValue<int?>(DemoPopulationKey) is { } members)
        {
            // Announced, so claims knows the demo's members (its intake refuses a CIN it has not heard of).
            await LoadAsync(services, members, SyntheticPlan.DemoSeed, announce: true, cancellationToken);
        }
    }

    private static async Task<bool> LoadAsync(IServiceProvider services, int members, int seed, bool announce, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILogger<SyntheticPopulation>>();
        var time = services.GetRequiredService<TimeProvider>();
        var population = new SyntheticPopulation(members, seed, time.PlanToday());
        var loaded = await new PopulationLoader(services.GetRequiredService<EligibilityDbContext>())
            .LoadAsync(population, announce ? time.GetUtcNow() : null, cancellationToken);
        if (loaded is null)
        {
            logger.LogWarning("The members table is not empty: no synthetic population loaded");
            return false;
        }

        logger.LogInformation("Loaded {Members} synthetic members (seed {Seed}) with {Spans} spans and {Providers} new providers in {Elapsed:F1} s",
            loaded.Members, seed, loaded.Spans, loaded.NewProviders, loaded.Elapsed.TotalSeconds);
        return true;
    }
}
