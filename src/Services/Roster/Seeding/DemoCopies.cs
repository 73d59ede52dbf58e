using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Roster.Data;
using Platform.Roster.Directory;
using Platform.Roster.Members;
using Platform.ServiceDefaults;
using Platform.Synthetic;

namespace Platform.Roster.Seeding;

/// <summary>
/// The demo run's copies of the synthetic plan's members and provider directory (env Roster__DemoPopulation: the members
/// eligibility's migrate step loaded, same seed), written by the migrate step, as referral's are. A member copy written
/// here is version 0, so any real announcement replaces it; rows already present are kept.
/// </summary>
public static class DemoCopies
{
    public const string DemoPopulationKey = "Roster:DemoPopulation";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IConfiguration>().GetValue<int?>(DemoPopulationKey) is not (> 0 and var size))
        {
            return;
        }

        var plan = new SyntheticPlan(size, SyntheticPlan.DemoSeed, services.GetRequiredService<TimeProvider>().PlanToday());
        var db = services.GetRequiredService<RosterDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var providers = await new CopyTable<DirectoryProvider>(db.Model).InsertNewAsync(connection, plan.Providers.Select(ProviderOf), "Npi", cancellationToken);
        var members = await new CopyTable<RosterMember>(db.Model).InsertNewAsync(connection, plan.Members().Select(MemberOf), "Cin", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.GetRequiredService<ILogger<RosterDbContext>>()
            .LogInformation("Roster's demo copies: {Providers} new providers, {Members} new members", providers, members);
    }

    private static DirectoryProvider ProviderOf(SyntheticProvider provider) => new()
    {
        Npi = provider.Npi, Tin = provider.Tin, Name = provider.Name, Type = provider.DirectoryType, Specialty = provider.Specialty,
    };

    private static RosterMember MemberOf(SyntheticMember member) => new()
    {
        Cin = member.Cin,
        MedsId = member.MedsId,
        Mbi = member.Mbi,
        FirstName = member.FirstName,
        LastName = member.LastName,
        DateOfBirth = member.DateOfBirth,
        Coverage = [.. member.Spans.Select(s => new RosterMemberCoverage(s.Program, s.PcpNpi, s.StartDate, s.EndDate))],
    };
}
