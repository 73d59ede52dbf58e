using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Eligibility;
using Platform.Roster.Data;
using Platform.Roster.Directory;
using Platform.Roster.Members;
using Platform.Roster.Rosters;
using Platform.ServiceDefaults.Outbox;
using Platform.Testing;

namespace Platform.Roster.Tests;

public sealed class RosterFixture() : ServiceFixture<Program, RosterDbContext>("rosterdb")
{
    /// <summary>Puts members on a provider's behavioral-health roster directly (RST-03), bypassing the add endpoint.</summary>
    public Task AddToRosterAsync(string npi, IEnumerable<string> cins) => QueryAsync(db =>
    {
        db.RosterEntries.AddRange(cins.Select(cin => new RosterEntry { ProviderNpi = npi, MemberCin = cin, StartDate = new DateOnly(2026, 1, 5) }));
        return db.SaveChangesAsync();
    });

    /// <summary>A provider of the directory copy (RST-02's search), in a TIN of their own unless one is given.</summary>
    public async Task<DirectoryProvider> ProviderAsync(string? name = null, string? tin = null)
    {
        var provider = new DirectoryProvider
        {
            Npi = TestData.Npi(), Tin = tin ?? TestData.MedsId(), Name = name ?? $"Test Provider {Guid.NewGuid():N}"[..30], Type = "Behavioral Health", Specialty = "Psychiatry",
        };
        await QueryAsync(db =>
        {
            db.Providers.Add(provider);
            return db.SaveChangesAsync();
        });
        return provider;
    }

    /// <summary>A member copy whose PCP is <paramref name="pcpNpi"/> (ACC-01: visible to that PCP's office), with a MEDS ID and an MBI.</summary>
    public async Task<RosterMember> MemberAsync(string pcpNpi)
    {
        var member = new RosterMember
        {
            Cin = TestData.Cin(), MedsId = TestData.MedsId(), Mbi = TestData.Mbi(), FirstName = "Rosa", LastName = $"Member{Random.Shared.Next(1000)}",
            DateOfBirth = new DateOnly(1985, 3, 9), Coverage = [new RosterMemberCoverage("CCN", pcpNpi, new DateOnly(2026, 1, 1), null)],
        };
        await QueryAsync(db =>
        {
            db.Members.Add(member);
            return db.SaveChangesAsync();
        });
        return member;
    }

    /// <summary>Announces a member as eligibility does, and waits until this service has taken the message.</summary>
    public async Task AnnounceAsync(MemberEligibilityChanged changed)
    {
        var messageId = NewId.NextGuid();
        await Services.GetRequiredService<IBus>().Publish(changed, context => context.MessageId = messageId);
        await Eventually.TrueAsync(() => QueryAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId)));
    }

    /// <summary>The integration events of a type this service committed to its outbox, as saved.</summary>
    public Task<List<string>> OutboxAsync<TEvent>() => QueryAsync(db =>
        db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type.StartsWith(typeof(TEvent).FullName! + ",")).OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync());
}
