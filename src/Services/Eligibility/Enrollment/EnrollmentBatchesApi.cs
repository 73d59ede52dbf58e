using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Eligibility.Enrollment;

public static class EnrollmentBatchesApi
{
    public const string MediaType = "application/x-ndjson";

    public static IEndpointRouteBuilder MapEnrollmentBatchesApi(this IEndpointRouteBuilder app)
    {
        // ELG-08: the state's enrollment file reaches the plan, and only the plan's staff send it on.
        var batches = app.MapApiGroup("/api/v1/enrollment-batches", "Enrollment").RequireAuthorization(Roles.PlanStaff);

        batches.MapPost("/", async Task<Results<Created<EnrollmentReport>, Ok<EnrollmentReport>, ValidationProblem, ProblemHttpResult>> (
            HttpRequest request, ClaimsPrincipal user, EnrollmentFeed feed, CancellationToken cancellationToken) =>
        {
            using var content = new StreamReader(request.Body, Encoding.UTF8);
            var sender = new EnrollmentSender(
                user.FindFirstValue(PlatformClaims.Subject) ?? "", user.FindFirstValue(PlatformClaims.Name) ?? "");
            var result = await feed.ApplyAsync(content, sender, cancellationToken);
            return result switch
            {
                { Outcome: EnrollmentOutcome.Applied, Report: { } report } => TypedResults.Created($"/api/v1/enrollment-batches/{report.BatchId}", report),
                { Outcome: EnrollmentOutcome.Replayed, Report: { } report } => TypedResults.Ok(report),
                { Outcome: EnrollmentOutcome.Refused, Refusal: { } refusal } => Problems.Invalid(refusal.Field ?? "format", $"Line {refusal.Line}: {refusal.Detail}"),
                _ => Problems.Conflict("Another batch was already applied under this batch id.", "Give each batch its own id; resend a batch unchanged to get its report."),
            };
        })
        // The body is read as text whatever its declared type: a content-type constraint would answer 415 before 401/403.
        .WithDescription($"The body is JSON Lines ({MediaType}): the header {{\"format\":\"{EnrollmentFile.Format}\",\"batchId\":\"…\"}}, then one record per line.")
        .WithName("ApplyEnrollmentBatch")
        .WithSummary("Applies a batch of enrollment changes (JSON Lines, format enrollment/1) and reports each line it refused (ELG-08).");

        batches.MapGet("/{batchId}", async Task<Results<Ok<EnrollmentReport>, ProblemHttpResult>> (
            string batchId, EligibilityDbContext db, CancellationToken cancellationToken) =>
            await db.EnrollmentBatches.AsNoTracking().SingleOrDefaultAsync(b => b.BatchId == batchId, cancellationToken) is { } batch
                ? TypedResults.Ok(batch.Report)
                : Problems.NotFound($"Enrollment batch {batchId}"))
        .WithName("GetEnrollmentBatch")
        .WithSummary("The report of an applied enrollment batch (ELG-08).");

        return app;
    }
}
