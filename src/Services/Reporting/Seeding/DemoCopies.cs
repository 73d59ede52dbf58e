using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Reporting.Data;
using Platform.Reporting.Directory;
using Platform.Reporting.Members;
using Platform.ServiceDefaults;
using Platform.Synthetic;

namespace Platform.Reporting.Seeding;

/// <summary>
/// The demo run's copies of the synthetic plan's members and provider directory (env Reporting__DemoPopulation: the
/// members eligibility's migrate step loaded, same seed), written by the migrate step. Eligibility announces the demo
/// members too, but before this service's queue may exist; a copy written here is version 0, so any real change
/// replaces it. Rows already present are kept.
/// </summary>
public static class DemoCopies
{
    public const string DemoPopulationKey = "Reporting:DemoPopulation";

    /// <summary>The demo plan, when one is configured.</summary>
    public static SyntheticPlan? DemoPlan(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetValue<int?>(DemoPopulationKey) is > 0 and var size
            ? new SyntheticPlan(size, SyntheticPlan.DemoSeed, services.GetRequiredService<TimeProvider>().PlanToday())
            : null;

    public static async Task SeedAsync(IServiceProvider services, SyntheticPlan plan, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ReportingDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (providers, members) = await WriteAsync(db, connection, plan, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.GetRequiredService<ILogger<ReportingDbContext>>()
            .LogInformation("Reporting's demo copies: {Providers} new providers, {Members} new members", providers, members);
    }

    /// <summary>The plan's providers and members the copies lack, inside the caller's transaction.</summary>
    public static async Task<(int Providers, int Members)> WriteAsync(ReportingDbContext db, NpgsqlConnection connection, SyntheticPlan plan, CancellationToken cancellationToken)
    {
        var providers = await new CopyTable<ReportingProvider>(db.Model).InsertNewAsync(connection, plan.Providers.Select(ProviderOf), "Npi", cancellationToken);
        var members = await new CopyTable<ReportingMember>(db.Model).InsertNewAsync(connection, plan.Members().Select(MemberOf), "Cin", cancellationToken);
        return (providers, members);
    }

    public static ReportingProvider ProviderOf(SyntheticProvider provider) => new()
    {
        Npi = provider.Npi,
        Tin = provider.Tin,
        Name = provider.Name,
        Type = provider.DirectoryType,
        Specialty = provider.Specialty,
        Networks = [.. provider.Networks],
        JoinedOn = provider.JoinedOn,
    };

    public static ReportingMember MemberOf(SyntheticMember member) => new()
    {
        Cin = member.Cin,
        FirstName = member.FirstName,
        LastName = member.LastName,
        DateOfBirth = member.DateOfBirth,
        Coverage = [.. member.Spans.Select(s => new ReportingMemberCoverage(s.LineOfBusiness, s.Program, s.PcpNpi, s.StartDate, s.EndDate))],
    };
}
