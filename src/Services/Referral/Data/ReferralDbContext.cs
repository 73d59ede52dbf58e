using Microsoft.EntityFrameworkCore;
using Platform.Referral.AuthorizationExemptions;
using Platform.Referral.PriorAuthorization;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Referral.Data;

public sealed class ReferralDbContext(DbContextOptions<ReferralDbContext> options) : ServiceDbContext(options)
{
    public DbSet<AuthorizationExemption> AuthorizationExemptions => Set<AuthorizationExemption>();

    public DbSet<PaCodeList> PaCodeLists => Set<PaCodeList>();

    public DbSet<PaCode> PaCodes => Set<PaCode>();
}
