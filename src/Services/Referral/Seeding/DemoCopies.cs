using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Referral.Data;
using Platform.Referral.Directory;
using Platform.Referral.Members;
using Platform.ServiceDefaults;
using Platform.Synthetic;

namespace Platform.Referral.Seeding;

/// <summary>
/// The demo run's copies of the synthetic plan's members and provider directory (env Referral__DemoPopulation: the members
/// eligibility's migrate step loaded, same seed), written by the migrate step. Eligibility announces the demo members too,
/// but before this service's queue may exist; a copy written here is version 0, so any real change replaces it.
/// Rows already present are kept.
/// </summary>
public static class DemoCopies
{
    public const string DemoPopulationKey = "Referral:DemoPopulation";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IConfiguration>().GetValue<int?>(DemoPopulationKey) is not (> 0 and var size))
        {
            return;
        }

        var plan = new SyntheticPlan(size, SyntheticPlan.DemoSeed, services.GetRequiredService<TimeProvider>().PlanToday());
        var db = services.GetRequiredService<ReferralDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var providers = await new CopyTable<DirectoryProvider>(db.Model).InsertNewAsync(connection, plan.Providers.Select(ProviderOf), "Npi", cancellationToken);
        var members = await new CopyTable<ReferralMember>(db.Model).InsertNewAsync(connection, plan.Members().Select(MemberOf), "Cin", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.GetRequiredService<ILogger<ReferralDbContext>>()
            .LogInformation("Referral's demo copies: {Providers} new providers, {Members} new members", providers, members);
    }

    private static DirectoryProvider ProviderOf(SyntheticProvider provider) => new()
    {
        Npi = provider.Npi,
        Tin = provider.Tin,
        Name = provider.Name,
        Type = provider.DirectoryType,
        Specialty = provider.Specialty,
        Tertiary = provider.Tertiary,
        Networks = [.. provider.Networks],
    };

    private static ReferralMember MemberOf(SyntheticMember member) => new()
    {
        Cin = member.Cin,
        FirstName = member.FirstName,
        LastName = member.LastName,
        DateOfBirth = member.DateOfBirth,
        Coverage = [.. member.Spans.Select(s => new ReferralMemberCoverage(s.LineOfBusiness, s.Program, s.PcpNpi, s.StartDate, s.EndDate))],
    };
}
