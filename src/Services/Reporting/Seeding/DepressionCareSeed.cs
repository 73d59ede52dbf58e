using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Reporting.Data;
using Platform.Reporting.Pharmacy;
using Platform.ServiceDefaults;
using Platform.Synthetic;

namespace Platform.Reporting.Seeding;

/// <summary>The demo run's depression care (RPT-01), loaded by the migrate step after the copies and the PDC fills.</summary>
public static class DepressionCareSeed
{
    public static async Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (DemoCopies.DemoPlan(services) is not { } plan)
        {
            return;
        }

        var db = services.GetRequiredService<ReportingDbContext>();
        var care = new SyntheticDepressionCare(plan, SyntheticPlan.DemoSeed, services.GetRequiredService<TimeProvider>().PlanToday());
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Loaded once: a restarted migrate step finds the diagnoses there and leaves them.
        if (await db.DepressionDiagnoses.AnyAsync(cancellationToken))
        {
            return;
        }

        var members = care.Members().ToList();
        var diagnoses = await new CopyTable<Bhi.DepressionDiagnosis>(db.Model).WriteAsync(connection, members.SelectMany(m => m.Diagnoses), cancellationToken);
        var fills = await new CopyTable<PharmacyFill>(db.Model).WriteAsync(connection, members.SelectMany(m => m.Fills), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.GetRequiredService<ILogger<SyntheticDepressionCare>>()
            .LogInformation("Loaded {Diagnoses} depression diagnoses and {Fills} antidepressant fills", diagnoses, fills);
    }
}
