using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.AccessStandards;
using Platform.Eligibility.Enrollment;
using Platform.Eligibility.HealthNetworks;
using Platform.Eligibility.Members;
using Platform.Eligibility.PcpChanges;
using Platform.Eligibility.Providers;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Eligibility.Data;

public sealed class EligibilityDbContext(DbContextOptions<EligibilityDbContext> options) : ServiceDbContext(options)
{
    /// <summary>The name of the database's connection string (ConnectionStrings__eligibilitydb).</summary>
    public const string ConnectionName = "eligibilitydb";

    public DbSet<HealthNetwork> HealthNetworks => Set<HealthNetwork>();

    public DbSet<AccessStandard> AccessStandards => Set<AccessStandard>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<CoverageSpan> CoverageSpans => Set<CoverageSpan>();

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<PcpChangeRequest> PcpChangeRequests => Set<PcpChangeRequest>();

    public DbSet<EnrollmentBatch> EnrollmentBatches => Set<EnrollmentBatch>();

    public DbSet<VerificationFailure> VerificationFailures => Set<VerificationFailure>();

    public DbSet<MemberClaim> MemberClaims => Set<MemberClaim>();

    public DbSet<MemberReferral> MemberReferrals => Set<MemberReferral>();
}
