using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.Data;

namespace Platform.Eligibility.Members;

/// <summary>
/// ELG-03: the names of the programs, read once per process through a scope of its own. The health networks are
/// reference data that only a migration changes, so reading all of them on every lookup (as before) was pure
/// hot-path cost, and a cached lookup needs no database context of its own.
/// </summary>
public sealed class ProgramNames(IServiceScopeFactory scopes)
{
    // COD is a program the plan administers, not a health network, so it has no row among the networks.
    private const string DirectName = "CalOptima Health Direct";

    private IReadOnlyDictionary<string, string>? names;

    public async ValueTask<IReadOnlyDictionary<string, string>> GetAsync(CancellationToken cancellationToken)
    {
        if (names is null)
        {
            // Two first requests may both read; they read the same rows, so either answer may stay.
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EligibilityDbContext>();
            var loaded = await db.HealthNetworks.AsNoTracking().ToDictionaryAsync(n => n.Code, n => n.Name, cancellationToken);
            loaded[CoverageSpan.Direct] = DirectName;
            names = loaded;
        }

        return names;
    }
}
