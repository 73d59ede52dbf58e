using Microsoft.EntityFrameworkCore;
using Platform.Reporting.Attestations;
using Platform.Reporting.Bhi;
using Platform.Reporting.Directory;
using Platform.Reporting.Members;
using Platform.Reporting.Pdc;
using Platform.Reporting.Pharmacy;
using Platform.Reporting.TrainingMaterials;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Reporting.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : ServiceDbContext(options)
{
    public DbSet<TrainingMaterial> TrainingMaterials => Set<TrainingMaterial>();

    public DbSet<ReportingMember> Members => Set<ReportingMember>();

    public DbSet<ReportingProvider> Providers => Set<ReportingProvider>();

    public DbSet<Attestation> Attestations => Set<Attestation>();

    public DbSet<PharmacyFill> PharmacyFills => Set<PharmacyFill>();

    public DbSet<MemberExclusion> MemberExclusions => Set<MemberExclusion>();

    public DbSet<CatalogDrug> DrugCatalog => Set<CatalogDrug>();

    public DbSet<PdcPriority> PdcPriorities => Set<PdcPriority>();

    public DbSet<DepressionDiagnosis> DepressionDiagnoses => Set<DepressionDiagnosis>();
}
