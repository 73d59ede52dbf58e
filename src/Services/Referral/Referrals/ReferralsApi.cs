using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Referral.Attachments;
using Platform.Referral.Data;
using Platform.Referral.Decisions;
using Platform.Referral.Lookup;
using Platform.Referral.Submission;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Referral.Referrals;

public static class ReferralsApi
{
    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var referrals = app.MapApiGroup("/api/v1/referrals", "Referrals").RequireAuthorization(Modules.Referrals);
        referrals.MapSubmitReferral();
        referrals.MapSearchReferrals();
        referrals.MapReferralQueue();
        referrals.MapReferralSteps();
        referrals.MapReferralAttachmentsApi();

        // ACC-01/06: another office's referral, or another network's, is not found; the read is audited (ACC-05).
        referrals.MapGet("/{referralNumber}", async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> (
                string referralNumber, CallerScope scope, ReferralDbContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
            {
                if (!ReferralScope.IsNumber(referralNumber))
                {
                    return Problems.Invalid(nameof(referralNumber), ReferralScope.NumberMessage);
                }

                if (await db.VisibleReferrals(scope).AsNoTracking().SingleOrDefaultAsync(r => r.ReferralNumber == referralNumber, cancellationToken) is not { } referral)
                {
                    return Problems.NotFound($"Referral {referralNumber}");
                }

                await audit.RecordReadAsync(nameof(Referral), referral.ReferralNumber, [referral.Cin], ct: cancellationToken);
                return TypedResults.Ok(await db.ResponseAsync(referral, cancellationToken));
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetReferral")
            .WithSummary("A referral by its number: the request, the rules that decided it, its status, due time and history (REF-12/13).");
        return app;
    }
}
