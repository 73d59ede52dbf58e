using Platform.Dispute.Attachments;
using Platform.Dispute.Clock;
using Platform.Dispute.Data;
using Platform.Dispute.DisputableClaims;
using Platform.Dispute.Disputes;
using Platform.Dispute.Messaging;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<DisputeDbContext>("disputedb", bus =>
{
    bus.AddConsumer<ClaimFinalizedConsumer>();
    bus.AddConsumer<ClaimAdjustedConsumer>();
    bus.AddConsumer<DisputeSubmittedConsumer>();
});
builder.Services.AddScoped<IAttachmentStore, LargeObjectStore>();

var app = builder.Build();
app.MapServiceDefaults();
app.MapDeadlinesApi();
app.MapDisputableClaimsApi();
app.MapDisputesApi();
await app.RunServiceAsync<DisputeDbContext>(args);
