using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Interop.Data;
using Platform.Interop.Export;
using Platform.ServiceDefaults;
using Platform.Synthetic;

namespace Platform.Interop.Seeding;

/// <summary>
/// The demo run's copy of the synthetic plan's members for the bulk export (env Interop__DemoPopulation: the members
/// eligibility's migrate step loaded, same seed), written by the migrate step: eligibility announces them before this
/// service's queue may exist. A copy written here is version 0, so any real change replaces it. The demo's claims are
/// loaded by claims' migrate step without announcements, so the demo's export has no ExplanationOfBenefit until claims
/// are determined while it runs.
/// </summary>
public static class DemoCopies
{
    public const string DemoPopulationKey = "Interop:DemoPopulation";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IConfiguration>().GetValue<int?>(DemoPopulationKey) is not (> 0 and var size))
        {
            return;
        }

        var time = services.GetRequiredService<TimeProvider>();
        var plan = new SyntheticPlan(size, SyntheticPlan.DemoSeed, time.PlanToday());
        var db = services.GetRequiredService<InteropDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        // The copy stages its rows in a temporary table dropped at commit.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var members = await new CopyTable<ExportMember>(db.Model).InsertNewAsync(
            connection, plan.Members().Select(member => MemberOf(member, time.GetUtcNow())), "Cin", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.GetRequiredService<ILogger<InteropDbContext>>().LogInformation("Interop's demo copies: {Members} new members", members);
    }

    private static ExportMember MemberOf(SyntheticMember member, DateTimeOffset now) => new()
    {
        Cin = member.Cin,
        MedsId = member.MedsId,
        Mbi = member.Mbi,
        FirstName = member.FirstName,
        LastName = member.LastName,
        DateOfBirth = member.DateOfBirth,
        ChangedAt = now,
        Coverage = [.. member.Spans.Select(s => new ExportCoverage(s.LineOfBusiness, s.Program, s.PcpNpi, s.ShareOfCost, s.StartDate, s.EndDate))],
    };
}
