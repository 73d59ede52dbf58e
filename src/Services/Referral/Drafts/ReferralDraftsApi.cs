using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Referral.Data;
using Platform.Referral.Referrals;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Referral.Drafts;

/// <summary>
/// REF-06…09 enforced by the server: a draft referral whose referred-to provider choice moves only by these calls, each
/// refused (409, in the form's words) where the rules do not allow it. A submission takes a draft whose Next is allowed.
/// </summary>
public static class ReferralDraftsApi
{
    public static IEndpointRouteBuilder MapReferralDraftsApi(this IEndpointRouteBuilder app)
    {
        var drafts = app.MapApiGroup("/api/v1/referral-drafts", "Referral drafts").RequireAuthorization(Modules.Referrals);
        drafts.MapPost("/", async Task<Created<DraftResponse>> (ClaimsPrincipal user, ReferralDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var now = time.GetUtcNow();
                var draft = new ReferralDraft { Id = Guid.CreateVersion7(now), CreatedBy = user.FindFirstValue(PlatformClaims.Subject)!, CreatedAt = now, UpdatedAt = now };
                draft.Take(RedirectChoice.Start, now);
                db.ReferralDrafts.Add(draft);
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Created($"/api/v1/referral-drafts/{draft.Id}", DraftResponse.From(draft, null));
            })
            .WithName("StartReferralDraft")
            .WithSummary("Starts a referral: a draft whose referred-to provider is chosen step by step (REF-06…09).");

        drafts.MapGet("/{draftId:guid}", async Task<Results<Ok<DraftResponse>, ProblemHttpResult>> (
                Guid draftId, ClaimsPrincipal user, ReferralDbContext db, CancellationToken cancellationToken) =>
                await db.OwnDraftAsync(draftId, user, cancellationToken) is { } draft
                    ? TypedResults.Ok(DraftResponse.From(draft, await db.ProviderAsync(draft.ServicingNpi, cancellationToken)))
                    : DraftNotFound(draftId))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetReferralDraft")
            .WithSummary("Where a draft's referred-to provider choice stands, and whether Next is allowed (REF-06…09).");

        drafts.MapPut("/{draftId:guid}/servicing-provider", async Task<Results<Ok<DraftResponse>, ValidationProblem, ProblemHttpResult>> (
                Guid draftId, SelectProviderRequest request, ClaimsPrincipal user, ReferralDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
            {
                if (await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Npi == request.Npi, cancellationToken) is not { } provider)
                {
                    return Problems.Invalid(nameof(request.Npi), $"Provider {request.Npi} is not in the provider directory.");
                }

                return await StepAsync(draftId, user, db, time, cancellationToken, choice => choice.SelectProvider(provider.Npi, provider.Tertiary));
            })
            .Describe("SelectServicingProvider",
                "Selects the referred-to (servicing) provider from the directory: a tertiary one raises REF-06's warning; any other sets the redirect indicator to Yes (REF-09). After a redirect was agreed (REF-08) it confirms the new provider.");

        drafts.MapPost("/{draftId:guid}/tertiary-warning", (Guid draftId, TertiaryWarningAnswer answer, ClaimsPrincipal user, ReferralDbContext db, TimeProvider time,
                CancellationToken cancellationToken) =>
                StepAsync(draftId, user, db, time, cancellationToken,
                    choice => answer.Choice == TertiaryChoice.Continue ? choice.ContinueWithTertiary() : choice.SelectNewProvider()))
            .Describe("AnswerTertiaryWarning",
                "Answers REF-06's warning: SelectNewProvider drops the tertiary provider; Continue keeps it with the redirect indicator No, to be justified before Next (REF-07).");

        drafts.MapPut("/{draftId:guid}/redirect", (Guid draftId, RedirectRequest request, ClaimsPrincipal user, ReferralDbContext db, TimeProvider time,
                CancellationToken cancellationToken) =>
                StepAsync(draftId, user, db, time, cancellationToken, choice => choice.SetRedirect(request.Allow!.Value, request.Justification)))
            .Describe("SetRedirectIndicator",
                "Sets \"Allow the member to be redirected?\": No needs a justification before Next (REF-07/09); a tertiary No turned Yes clears the provider and waits for a new one, noted \"Ok to redirect if needed\" (REF-08).");
        return app;
    }

    /// <summary>The caller's own draft, tracked; another person's is not found.</summary>
    internal static Task<ReferralDraft?> OwnDraftAsync(this ReferralDbContext db, Guid draftId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var author = user.FindFirstValue(PlatformClaims.Subject);
        return db.ReferralDrafts.SingleOrDefaultAsync(d => d.Id == draftId && d.CreatedBy == author, cancellationToken);
    }

    internal static async Task<Directory.DirectoryProvider?> ProviderAsync(this ReferralDbContext db, string? npi, CancellationToken cancellationToken) =>
        npi is null ? null : await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Npi == npi, cancellationToken);

    internal static ProblemHttpResult DraftNotFound(Guid draftId) => Problems.NotFound($"Referral draft {draftId}");

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder endpoint, string name, string summary) => endpoint
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName(name)
        .WithSummary(summary);

    /// <summary>Applies one transition to the caller's draft: its refusal is a 409 in the form's words; two steps at once, the later a 409.</summary>
    private static async Task<Results<Ok<DraftResponse>, ValidationProblem, ProblemHttpResult>> StepAsync(
        Guid draftId, ClaimsPrincipal user, ReferralDbContext db, TimeProvider time, CancellationToken cancellationToken,
        Func<RedirectChoice, (RedirectChoice? Next, string? Refusal)> transition)
    {
        if (await db.OwnDraftAsync(draftId, user, cancellationToken) is not { } draft)
        {
            return DraftNotFound(draftId);
        }

        var (next, refusal) = transition(draft.Choice);
        if (next is null)
        {
            return Problems.Conflict(refusal!);
        }

        draft.Take(next, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The draft changed meanwhile.", "Read it again, then take the step if it is still wanted.");
        }

        return TypedResults.Ok(DraftResponse.From(draft, await db.ProviderAsync(draft.ServicingNpi, cancellationToken)));
    }
}
