using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Referral.Data;
using Platform.Referral.Lookup;
using Platform.Referral.Referrals;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Referral.Decisions;

using Referral = Platform.Referral.Referrals.Referral;

/// <summary>What a step on a referral needs besides its request.</summary>
public sealed record StepServices(ClaimsPrincipal User, CallerScope Scope, ReferralDbContext Db, IAuditTrail Audit, TimeProvider Time)
{
    public string Caller => User.FindFirstValue(PlatformClaims.Subject)!;
}

/// <summary>
/// REF-13's steps after submission: a reviewer decides a pended referral or asks for more; the submitter answers, or
/// cancels while it is pended. Every status change is announced (ReferralStatusChanged, and ReferralDecided for a
/// decision) through the outbox, in the transaction that makes it.
/// </summary>
public static class ReferralSteps
{
    public static RouteGroupBuilder MapReferralSteps(this RouteGroupBuilder referrals)
    {
        referrals.MapPost("/{referralNumber}/decision", (string referralNumber, DecideReferralRequest request, [AsParameters] StepServices services,
                CancellationToken cancellationToken) =>
                StepAsync(referralNumber, services, cancellationToken, referral => Pended(referral) ?? UnitsProblem(referral, request) ?? Decide(referral, request, services)))
            .RequireAuthorization(Roles.PlanStaff)
            .Describe("DecideReferral", "A plan reviewer approves, modifies (units, service period) or denies a pended referral, a denial with its specific reason (REF-13).");

        referrals.MapPost("/{referralNumber}/information-requests", (string referralNumber, ReferralInformation request, [AsParameters] StepServices services,
                CancellationToken cancellationToken) =>
                StepAsync(referralNumber, services, cancellationToken, referral => Pended(referral) ?? Noted(services, referral,
                    () => referral.RequestInformation(request.Text.Trim(), services.Caller, services.Time.GetUtcNow()))))
            .RequireAuthorization(Roles.PlanStaff)
            .Describe("RequestReferralInformation", "A plan reviewer asks the submitter for more information; the referral stays pended and the submitter sees the request at once.");

        referrals.MapPost("/{referralNumber}/information", (string referralNumber, ReferralInformation request, [AsParameters] StepServices services,
                CancellationToken cancellationToken) =>
                StepAsync(referralNumber, services, cancellationToken, referral => Pended(referral) ?? Noted(services, referral,
                    () => referral.AddInformation(request.Text.Trim(), services.Caller, services.Time.GetUtcNow()))))
            .Describe("AddReferralInformation", "The submitter's office answers an information request, or adds what the reviewer should know, while the referral is pended.");

        referrals.MapPost("/{referralNumber}/cancellation", (string referralNumber, CancelReferralRequest request, [AsParameters] StepServices services,
                CancellationToken cancellationToken) =>
                StepAsync(referralNumber, services, cancellationToken, referral => Pended(referral) ?? Noted(services, referral,
                    () => referral.Cancel(string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(), services.Caller, services.Time.GetUtcNow()))))
            .Describe("CancelReferral", "The submitter's office cancels a referral while it is pended (REF-13).");
        return referrals;
    }

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder endpoint, string name, string summary) => endpoint
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName(name)
        .WithSummary(summary);

    /// <summary>
    /// Loads the referral the caller may see (404 otherwise), applies the step unless refused, and saves the referral,
    /// its events and the audit entry together; a concurrent step that won first makes this one a 409.
    /// </summary>
    private static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> StepAsync(
        string referralNumber, StepServices services, CancellationToken cancellationToken, Func<Referral, IResult?> step)
    {
        if (!ReferralScope.IsNumber(referralNumber))
        {
            return Problems.Invalid(nameof(referralNumber), ReferralScope.NumberMessage);
        }

        var db = services.Db;
        if (await db.VisibleReferrals(services.Scope).SingleOrDefaultAsync(r => r.ReferralNumber == referralNumber, cancellationToken) is not { } referral)
        {
            return Problems.NotFound($"Referral {referralNumber}");
        }

        switch (step(referral))
        {
            case ValidationProblem invalid:
                return invalid;
            case ProblemHttpResult refused:
                return refused;
        }

        db.AddAudit(services.Audit, AuditActions.Update, nameof(Referral), referral.ReferralNumber, [referral.Cin]);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict($"Referral {referralNumber} changed meanwhile.", "Read it again, then decide whether the step is still wanted.");
        }

        return TypedResults.Ok(await db.ResponseAsync(referral, cancellationToken));
    }

    private static ProblemHttpResult? Pended(Referral referral) => referral.IsPended
        ? null
        : Problems.Conflict($"Referral {referral.ReferralNumber} is {referral.Status}.", "Only a pended referral can be decided, answered or cancelled.");

    /// <summary>A modification's units are for the request's lines, fewer than asked and not negative.</summary>
    private static ValidationProblem? UnitsProblem(Referral referral, DecideReferralRequest request)
    {
        foreach (var (units, i) in (request.Lines ?? []).Select((units, i) => (units, i)))
        {
            if (referral.Lines.Find(line => line.LineNumber == units.LineNumber) is not { } line)
            {
                return Problems.Invalid($"lines[{i}].lineNumber", $"Referral {referral.ReferralNumber} has lines 1 to {referral.Lines.Count}.");
            }

            if (units.Quantity < 0 || units.Quantity > line.Quantity)
            {
                return Problems.Invalid($"lines[{i}].quantity", $"Line {line.LineNumber} asked for {line.Quantity} unit(s): approve 0 to {line.Quantity}.");
            }
        }

        return request.ServiceTo is { } end && (end < referral.ServiceFrom || end > referral.ServiceTo)
            ? Problems.Invalid(nameof(request.ServiceTo), $"The approved period ends between {referral.ServiceFrom:yyyy-MM-dd} and {referral.ServiceTo:yyyy-MM-dd}.")
            : null;
    }

    private static IResult? Decide(Referral referral, DecideReferralRequest request, StepServices services)
    {
        var now = services.Time.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        switch (request.Decision)
        {
            case ReviewerDecision.Approve:
                referral.Approve(reason, services.Caller, now);
                break;
            case ReviewerDecision.Modify:
                referral.Modify((request.Lines ?? []).ToDictionary(l => l.LineNumber, l => l.Quantity), request.ServiceTo, reason!, services.Caller, now);
                break;
            default:
                referral.Deny(reason!, services.Caller, now);
                break;
        }

        services.Db.AddIntegrationEvent(referral.Decision(), now);
        services.Db.AddIntegrationEvent(referral.StatusChanged(now), now);
        return null;
    }

    /// <summary>A step that keeps or ends the pended status; either way the submitter's page is told at once.</summary>
    private static IResult? Noted(StepServices services, Referral referral, Action apply)
    {
        apply();
        services.Db.AddIntegrationEvent(referral.StatusChanged(services.Time.GetUtcNow()), services.Time.GetUtcNow());
        return null;
    }
}
