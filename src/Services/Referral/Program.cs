using Platform.Attachments;
using Platform.Referral.AuthorizationExemptions;
using Platform.Referral.Data;
using Platform.Referral.Drafts;
using Platform.Referral.Members;
using Platform.Referral.Metrics;
using Platform.Referral.PriorAuthorization;
using Platform.Referral.Referrals;
using Platform.Referral.Seeding;
using Platform.Referral.Submission;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<ReferralDbContext>("referraldb", bus => bus.AddConsumer<MemberEligibilityChangedConsumer>());
builder.Services.Configure<DecisionPolicy>(builder.Configuration.GetSection(DecisionPolicy.Section));
builder.Services.AddHostedService<ReferralDraftPurge>();
builder.Services.AddAttachmentStore<ReferralDbContext>();

var app = builder.Build();
app.MapServiceDefaults();
app.MapAuthorizationExemptionsApi();
app.MapPaCodeListsApi();
app.MapReferralDraftsApi();
app.MapReferralsApi();
app.MapPriorAuthorizationMetricsApi();
await app.RunServiceAsync<ReferralDbContext>(args, afterMigrate: async (services, cancellationToken) =>
{
    await PaCodeListSeed.ApplyAsync(services, cancellationToken);
    await DemoCopies.SeedAsync(services, cancellationToken);
});
