using Microsoft.EntityFrameworkCore;
using Platform.Reporting.TrainingMaterials;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Reporting.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : ServiceDbContext(options)
{
    public DbSet<TrainingMaterial> TrainingMaterials => Set<TrainingMaterial>();
}
