using Platform.Attachments;
using Platform.Dispute.Clock;
using Platform.Dispute.Data;
using Platform.Dispute.DisputableClaims;
using Platform.Dispute.Disputes;
using Platform.Dispute.Messaging;
using Platform.Dispute.Offices;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Mail;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<DisputeDbContext>("disputedb", bus =>
{
    bus.AddConsumer<ClaimFinalizedConsumer>();
    bus.AddConsumer<ClaimAdjustedConsumer>();
    bus.AddConsumer<DisputeSubmittedConsumer>();
    bus.AddConsumer<CorrespondenceMailer>();
    bus.AddConsumer<OfficeSiteAdministratorChangedConsumer>();
});
builder.AddMailSender();
builder.Services.AddHostedService<OfficeAdministratorsRequest>();
builder.Services.AddAttachmentStore<DisputeDbContext>();

var app = builder.Build();
app.MapServiceDefaults();
app.MapDeadlinesApi();
app.MapDisputableClaimsApi();
app.MapDisputesApi();
await app.RunServiceAsync<DisputeDbContext>(args);
