using Microsoft.EntityFrameworkCore;
using Platform.Referral.Attachments;
using Platform.Referral.AuthorizationExemptions;
using Platform.Referral.Directory;
using Platform.Referral.Drafts;
using Platform.Referral.Members;
using Platform.Referral.PriorAuthorization;
using Platform.Referral.Referrals;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Referral.Data;

public sealed class ReferralDbContext(DbContextOptions<ReferralDbContext> options) : ServiceDbContext(options)
{
    public DbSet<AuthorizationExemption> AuthorizationExemptions => Set<AuthorizationExemption>();

    public DbSet<PaCodeList> PaCodeLists => Set<PaCodeList>();

    public DbSet<PaCode> PaCodes => Set<PaCode>();

    public DbSet<ReferralMember> Members => Set<ReferralMember>();

    public DbSet<DirectoryProvider> Providers => Set<DirectoryProvider>();

    public DbSet<ReferralDraft> ReferralDrafts => Set<ReferralDraft>();

    public DbSet<Referrals.Referral> Referrals => Set<Referrals.Referral>();

    public DbSet<ReferralAttachment> Attachments => Set<ReferralAttachment>();

    /// <summary>The next referral's place in the submission order, for its number.</summary>
    public async Task<long> NextReferralNumberAsync(CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<long>($"SELECT nextval('{ReferralConfiguration.NumberSequence}') AS \"Value\"").SingleAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasSequence<long>(ReferralConfiguration.NumberSequence);
    }
}
