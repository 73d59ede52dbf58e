using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Dispute.Correspondence;
using Platform.Dispute.Attachments;
using Platform.Dispute.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Dispute.Disputes;

public static class DisputesApi
{
    /// <summary>The plan's dispute number: PDR, two digits of the year, seven of the filing order.</summary>
    public const string NumberMessage = "A dispute number is PDR followed by nine digits, as PDR260000042.";

    public static IEndpointRouteBuilder MapDisputesApi(this IEndpointRouteBuilder app)
    {
        var disputes = app.MapApiGroup("/api/v1/disputes", "Disputes").RequireAuthorization(Modules.Disputes);
        disputes.MapSubmitDispute();
        disputes.MapSearchDisputes();
        disputes.MapDisputeQueue();
        disputes.MapDisputeSteps();
        disputes.MapDisputeCorrespondence();
        disputes.MapAttachmentsApi();

        // ACC-01/06: a dispute of another office's claim, or of another network's, is not found; the read is audited (ACC-05).
        disputes.MapGet("/{disputeNumber}", async Task<Results<Ok<DisputeResponse>, ValidationProblem, ProblemHttpResult>> (
                string disputeNumber, CallerScope scope, DisputeDbContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
            {
                if (!IsNumber(disputeNumber))
                {
                    return Problems.Invalid(nameof(disputeNumber), NumberMessage);
                }

                if (await db.VisibleDisputeAsync(disputeNumber, scope, cancellationToken) is not { } dispute)
                {
                    return Problems.NotFound($"Dispute {disputeNumber}");
                }

                await audit.RecordReadAsync(nameof(Dispute), dispute.DisputeNumber, [dispute.Cin], [dispute.ClaimNumber], cancellationToken);
                return TypedResults.Ok(DisputeResponse.From(dispute));
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetDispute")
            .WithSummary("A dispute by its number: its claim, who decides it, its status and the submitter's description and contact.");
        return app;
    }

    /// <summary>The dispute of that number, as read (untracked), if the caller may see it (ACC-01/06); null otherwise.</summary>
    internal static Task<Dispute?> VisibleDisputeAsync(this DisputeDbContext db, string disputeNumber, CallerScope scope, CancellationToken cancellationToken) =>
        db.Disputes.AsNoTracking().VisibleTo(scope, d => d.BillingNpi, d => d.HealthNetwork).SingleOrDefaultAsync(d => d.DisputeNumber == disputeNumber, cancellationToken);

    internal static bool IsNumber(string text) => text is { Length: 12 } && text.StartsWith("PDR", StringComparison.Ordinal) && text[3..].All(char.IsAsciiDigit);
}
