using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Referral.Data;
using Platform.Referral.Directory;
using Platform.Referral.Drafts;
using Platform.Referral.Lookup;
using Platform.Referral.Members;
using Platform.Referral.PriorAuthorization;
using Platform.Referral.Referrals;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Referral.Submission;

using Referral = Platform.Referral.Referrals.Referral;

/// <summary>What a submission needs besides the request, bundled for the handler.</summary>
public sealed record SubmissionServices(ClaimsPrincipal User, CallerScope Scope, ReferralDbContext Db, IAuditTrail Audit, TimeProvider Time, IOptions<DecisionPolicy> Policy);

public static class SubmitReferral
{
    /// <summary>
    /// REF-01…12: a request for a member in the caller's scope, eligible on the date of service, from one of the caller's
    /// providers, to the draft's referred-to provider. A request some rule refuses is not submitted (400, the rule's words
    /// on the line at fault); one that passes is approved at once when routine and within REF-12's automatic limits, else
    /// pended to a reviewer with its due time. A retry with the same Idempotency-Key and content answers 200 with the
    /// referral already made; other content under the key, 409.
    /// </summary>
    public static RouteHandlerBuilder MapSubmitReferral(this RouteGroupBuilder referrals) => referrals
        .MapPost("/", async Task<Results<Created<ReferralResponse>, Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> (
            SubmitReferralRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, [AsParameters] SubmissionServices services,
            CancellationToken cancellationToken) =>
        {
            if (!IdempotencyKeys.IsValid(idempotencyKey))
            {
                return IdempotencyKeys.Invalid();
            }

            var db = services.Db;
            var submitter = services.User.FindFirstValue(PlatformClaims.Subject)!;
            var digest = RequestDigest.Of(request);
            if (await ReplayAsync(db, submitter, idempotencyKey, digest, cancellationToken) is { } replayed)
            {
                return replayed;
            }

            var cin = request.Cin.Trim().ToUpperInvariant();
            var serviceFrom = request.ServiceFrom!.Value;
            // ACC-01/06: a member outside the caller's scope is not found.
            if (await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Cin == cin, cancellationToken) is not { } member || !member.IsVisibleTo(services.Scope))
            {
                return Problems.NotFound($"Member {cin}");
            }

            if (member.CoverageOn(serviceFrom) is not { } coverage)
            {
                return Problems.Invalid(nameof(request.ServiceFrom), $"Member {cin} is not eligible on {serviceFrom:yyyy-MM-dd}: check eligibility before requesting services.");
            }

            var parties = await PartiesAsync(db, request, submitter, coverage, services.Scope, cancellationToken);
            if (parties.Problem is { } partyProblem)
            {
                return partyProblem;
            }

            if (await db.InForceAsync(serviceFrom, cancellationToken) is not { } header)
            {
                return Problems.Invalid(nameof(request.ServiceFrom), $"No Prior Authorization Required Code List is in force on {serviceFrom:yyyy-MM-dd}.");
            }

            var lines = request.Lines.Select((line, i) => new RuleLine(i + 1, line.ProcedureCode!.Trim().ToUpperInvariant(),
                [.. (line.Modifiers ?? []).Select(m => m.Trim().ToUpperInvariant())], line.Quantity, line.PlaceOfService!)).ToList();
            var codes = lines.Select(l => l.ProcedureCode).Distinct().ToList();
            var listed = await db.PaCodes.AsNoTracking().Where(c => c.Quarter == header.Quarter && codes.Contains(c.Code))
                .ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
            var verdict = ReferralRules.Evaluate(new RuleInput(serviceFrom, coverage, parties.Servicing!, parties.PcpTin, header.Quarter, listed, lines,
                request.ParsedUrgency, request.ParsedCriterion, parties.Draft!.AllowRedirect == true), services.Policy.Value);
            if (verdict.Refusals.Count > 0)
            {
                return TypedResults.ValidationProblem(verdict.Refusals.ToDictionary(r => r.Key, r => new[] { r.Value }),
                    title: Contracts.Referrals.ReferralRefusal.Title);
            }

            var referral = await NewReferralAsync(request, services, submitter, idempotencyKey, digest, member, coverage, parties, lines, listed, verdict, cancellationToken);
            db.ReferralDrafts.Remove(parties.Draft);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
                                                      || exception is DbUpdateConcurrencyException)
            {
                // Two submissions of one request raced (the same key, or the same draft): the retry answers as a retry.
                db.ChangeTracker.Clear();
                return await ReplayAsync(db, submitter, idempotencyKey, digest, cancellationToken)
                    ?? Problems.Conflict("The draft was submitted meanwhile.", "Start a new referral for another request.");
            }

            return TypedResults.Created($"/api/v1/referrals/{referral.ReferralNumber}",
                ReferralResponse.From(referral, $"{member.FirstName} {member.LastName}", parties.Requesting, parties.Servicing));
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("SubmitReferral")
        .WithSummary("Submits a referral (authorization request) from a draft whose referred-to provider is chosen: refused with the rule's words, approved at once, or pended to a reviewer with its due time (REF-01…12).");

    /// <summary>The draft, and the providers the request names, each checked against the caller and the directory.</summary>
    private sealed record Parties(ReferralDraft? Draft, DirectoryProvider? Requesting, DirectoryProvider? Servicing, string? PcpTin, ValidationProblem? Problem);

    private static async Task<Parties> PartiesAsync(ReferralDbContext db, SubmitReferralRequest request, string submitter, ReferralMemberCoverage coverage,
        CallerScope scope, CancellationToken cancellationToken)
    {
        static Parties Refused(string field, string message) => new(null, null, null, null, Problems.Invalid(field, message));

        var draft = await db.ReferralDrafts.SingleOrDefaultAsync(d => d.Id == request.DraftId && d.CreatedBy == submitter, cancellationToken);
        if (draft is null)
        {
            return Refused(nameof(request.DraftId), "There is no such draft of yours: start one with POST /api/v1/referral-drafts and choose the referred-to provider.");
        }

        if (draft.Choice.NextRefusal is { } unfinished)
        {
            return Refused(nameof(request.DraftId), unfinished);
        }

        var npis = new[] { request.RequestingNpi, draft.ServicingNpi!, coverage.PcpNpi ?? "" };
        var providers = await db.Providers.AsNoTracking().Where(p => npis.Contains(p.Npi)).ToListAsync(cancellationToken);
        var requesting = providers.Find(p => p.Npi == request.RequestingNpi);
        // ACC-01: an office requests for its collections' providers; ACC-06: a partner for its network's.
        if (requesting is null || !(scope.CanActFor(requesting.Npi) || (scope.Network is { } network && requesting.Networks.Contains(network))))
        {
            return Refused(nameof(request.RequestingNpi), $"Provider {request.RequestingNpi} is not one you may request for: choose a provider of your collections.");
        }

        var servicing = providers.Find(p => p.Npi == draft.ServicingNpi);
        return servicing is null
            ? Refused(nameof(request.DraftId), $"The draft's provider {draft.ServicingNpi} is no longer in the provider directory: select another.")
            : new(draft, requesting, servicing, providers.Find(p => p.Npi == coverage.PcpNpi)?.Tin, null);
    }

    private static async Task<Referral> NewReferralAsync(SubmitReferralRequest request, SubmissionServices services, string submitter, string idempotencyKey,
        string digest, ReferralMember member, ReferralMemberCoverage coverage, Parties parties, List<RuleLine> lines, Dictionary<string, PaCode> listed, RuleVerdict verdict,
        CancellationToken cancellationToken)
    {
        var db = services.Db;
        var now = services.Time.GetUtcNow();
        var referral = new Referral
        {
            Id = Guid.CreateVersion7(now),
            ReferralNumber = $"RF{now.PlanDay():yy}{await db.NextReferralNumberAsync(cancellationToken):D7}",
            Cin = member.Cin,
            RequestingNpi = parties.Requesting!.Npi,
            ServicingNpi = parties.Servicing!.Npi,
            ServicingTertiary = parties.Servicing.Tertiary,
            HealthNetwork = coverage.HealthNetwork,
            LineOfBusiness = coverage.LineOfBusiness,
            ServiceFrom = request.ServiceFrom!.Value,
            ServiceTo = request.PeriodEnd,
            DiagnosisCodes = [.. request.DiagnosisCodes.Select(code => SubmitReferralRequest.Diagnosis(code)!)],
            Lines = [.. lines.Select(l => new ReferralLine(l.LineNumber, l.ProcedureCode, [.. l.Modifiers], l.Quantity, l.PlaceOfService, listed.GetValueOrDefault(l.ProcedureCode)?.Category))],
            RequestedUrgency = request.ParsedUrgency,
            Urgency = verdict.Urgency,
            UrgentCriterion = verdict.Urgency == ReferralUrgency.Urgent ? request.ParsedCriterion : null,
            Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(),
            AllowRedirect = parties.Draft!.AllowRedirect == true,
            RedirectJustification = parties.Draft.Justification,
            RuleTrace = [.. verdict.Trace],
            DueAt = verdict.Approve ? null : services.Policy.Value.DueAt(verdict.Urgency, now),
            SubmittedAt = now,
            SubmittedOn = now.PlanDay(),
            SubmittedBy = submitter,
            IdempotencyKey = idempotencyKey,
            RequestDigest = digest,
            History = [new ReferralTransition(now, ReferralStatus.Submitted, submitter, null)],
        };
        if (verdict.Approve)
        {
            referral.ApproveAutomatically(now);
        }
        else
        {
            referral.Pend(now, verdict.PendReason);
        }

        db.Referrals.Add(referral);
        db.AddIntegrationEvent(referral.Submitted(), now);
        db.AddIntegrationEvent(referral.StatusChanged(now), now);
        if (verdict.Approve)
        {
            db.AddIntegrationEvent(referral.Decision(), now);
        }

        db.AddAudit(services.Audit, AuditActions.Create, nameof(Referral), referral.ReferralNumber, [referral.Cin]);
        return referral;
    }

    private static async Task<Results<Created<ReferralResponse>, Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>?> ReplayAsync(
        ReferralDbContext db, string submitter, string idempotencyKey, string digest, CancellationToken cancellationToken)
    {
        if (await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.SubmittedBy == submitter && r.IdempotencyKey == idempotencyKey, cancellationToken) is not { } known)
        {
            return null;
        }

        return known.RequestDigest == digest
            ? TypedResults.Ok(await db.ResponseAsync(known, cancellationToken))
            : Problems.Conflict($"The {IdempotencyKeys.Header} was used for another submission.", $"It made referral {known.ReferralNumber}; send a new key for a new referral.");
    }
}
