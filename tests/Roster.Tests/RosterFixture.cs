using Platform.Roster.Data;
using Platform.Roster.Rosters;
using Platform.Testing;

namespace Platform.Roster.Tests;

public sealed class RosterFixture() : ServiceFixture<Program, RosterDbContext>("rosterdb")
{
    /// <summary>Puts members on a provider's behavioral-health roster directly (RST-03), as roster maintenance will.</summary>
    public Task AddToRosterAsync(string npi, IEnumerable<string> cins) => QueryAsync(db =>
    {
        db.RosterEntries.AddRange(cins.Select(cin => new RosterEntry
        {
            ProviderNpi = npi, MemberCin = cin, MemberName = "Test Member", StartDate = new DateOnly(2026, 1, 5),
        }));
        return db.SaveChangesAsync();
    });
}
