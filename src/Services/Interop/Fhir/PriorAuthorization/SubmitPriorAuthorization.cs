using System.Security.Claims;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Interop.Data;
using Platform.ServiceDefaults.Auth;

namespace Platform.Interop.Fhir.PriorAuthorization;

/// <summary>
/// Da Vinci PAS <c>Claim/$submit</c> on the referral service's own submission: the Bundle's draft is made (once per
/// Bundle identifier), its servicing provider chosen as REF-06…09 require, and the request submitted under the
/// Bundle's Idempotency-Key; the referral service's rules decide, and the answer is PAS's ClaimResponse Bundle.
/// </summary>
public static class SubmitPriorAuthorization
{
    public static async Task<IResult> HandleAsync(HttpRequest http, ClaimsPrincipal user, IHttpClientFactory clients, InteropDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var bundle = await FhirJson.ReadAsync<Bundle>(http, cancellationToken);
        var (request, invalid) = PasRequest.Read(bundle);
        if (invalid is not null)
        {
            return PriorAuthorizationApi.Invalid(invalid);
        }

        var referral = new ReferralOwner(clients);
        var submitter = user.FindFirstValue(PlatformClaims.Subject)!;
        var (submission, problem) = await SubmissionAsync(db, referral, submitter, request!, time, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (draft, draftProblem) = await referral.DraftAsync(submission!.DraftId, cancellationToken);
        // A draft already gone was submitted by an earlier try: the submission below answers it as a retry.
        if ((draftProblem ?? (draft is null ? null : await ReadyAsync(referral, draft, request!, cancellationToken))) is { } notReady)
        {
            return notReady;
        }

        var (submitted, refusals, submitProblem) = await referral.SubmitAsync(request!, submission.DraftId, cancellationToken);
        if (submitProblem is not null)
        {
            return submitProblem;
        }

        var claim = PasRequest.ClaimOf(bundle);
        if (refusals is not null)
        {
            return new FhirResult(PasResponse.Refused(bundle, claim, refusals, time.GetUtcNow()));
        }

        submission.ReferralNumber = submitted!.ReferralNumber;
        await db.SaveChangesAsync(cancellationToken);
        return new FhirResult(PasResponse.For(bundle, claim, submitted, time.GetUtcNow()));
    }

    /// <summary>The caller's submission of this Bundle identifier: the one made before, or a new draft for it.</summary>
    private static async Task<(PasSubmission? Submission, IResult? Problem)> SubmissionAsync(InteropDbContext db, ReferralOwner referral, string submitter,
        PasRequest request, TimeProvider time, CancellationToken cancellationToken)
    {
        var submissions = db.Set<PasSubmission>();
        if (await submissions.FindAsync([submitter, request.IdempotencyKey], cancellationToken) is { } known)
        {
            return (known, null);
        }

        var (draft, problem) = await referral.StartDraftAsync(cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        var submission = new PasSubmission
        {
            Submitter = submitter, IdempotencyKey = request.IdempotencyKey, DraftId = draft!.Id, ClaimIdentifier = request.ClaimIdentifier, CreatedAt = time.GetUtcNow(),
        };
        submissions.Add(submission);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (submission, null);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same Bundle sent twice at once: the first one's draft is the submission's; this draft is left to the purge.
            db.ChangeTracker.Clear();
            return (await submissions.FindAsync([submitter, request.IdempotencyKey], cancellationToken), null);
        }
    }

    /// <summary>
    /// Takes the draft to where Next is allowed. REF-06/07: a tertiary servicing provider is kept only with the
    /// justification the Claim's free-form message gives; without one the request is not submitted and the answer says
    /// what to send (the portal's form would not let it on either).
    /// </summary>
    private static async Task<IResult?> ReadyAsync(ReferralOwner referral, DraftView draft, PasRequest request, CancellationToken cancellationToken)
    {
        if (draft.ServicingProvider?.Npi != request.ServicingNpi || draft.Step is "NoProvider" or "AwaitingNewProvider")
        {
            var (selected, problem) = await referral.SelectServicingAsync(draft.Id, request.ServicingNpi, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            draft = selected!;
        }

        if (draft.CanProceed)
        {
            return null;
        }

        if (request.Message is not { } justification)
        {
            return PriorAuthorizationApi.Invalid(new PasProblem($"{PasRequest.ClaimPath}.supportingInfo",
                $"You have selected a tertiary provider ({request.ServicingNpi}). Explain the need for a tertiary care provider in a supportingInfo of category " +
                $"{PasRequest.SupportingInfoTypes}#{PasRequest.FreeFormMessage} (REF-07), or request a community provider the member may be redirected to."));
        }

        var (_, stepProblem) = draft.Step == "TertiaryWarning"
            ? await referral.KeepTertiaryAsync(draft.Id, justification, cancellationToken)
            : await referral.JustifyAsync(draft.Id, justification, cancellationToken);
        return stepProblem;
    }
}
