using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using Platform.Contracts.Dates;
using Platform.Referral.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Referral.PriorAuthorization;

public sealed record PaCodeListSummary(string Quarter, DateOnly EffectiveFrom, int Codes, DateTimeOffset LoadedAt, string LoadedBy);

public sealed record PaCodeResponse(string Code, string Description, string Category);

public sealed record PaCodeListResponse(string Quarter, DateOnly EffectiveFrom, DateTimeOffset LoadedAt, string LoadedBy, IReadOnlyList<PaCodeResponse> Codes);

/// <summary>REF-02: the Prior Authorization Required Code Lists by quarter, a code's requirement on a date, and plan staff loading a quarter's list.</summary>
public static class PaCodeListsApi
{
    public const string CsvMediaType = "text/csv";

    private static readonly OpenApiRequestBody CsvBody = new()
    {
        Required = true,
        Description = $"The header \"{PaCodeListCsv.Header}\", then one code per line (RFC 4180 quoting).",
        Content = new Dictionary<string, OpenApiMediaType> { [CsvMediaType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
    };

    public static IEndpointRouteBuilder MapPaCodeListsApi(this IEndpointRouteBuilder app)
    {
        var lists = app.MapApiGroup("/api/v1/pa-code-lists", "Prior authorization code lists").RequireAuthorization(Modules.Referrals);
        lists.MapGet("/", async Task<Ok<List<PaCodeListSummary>>> (ReferralDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.PaCodeLists.AsNoTracking().OrderByDescending(l => l.EffectiveFrom)
                    .Select(l => new PaCodeListSummary(l.Quarter, l.EffectiveFrom, l.Codes.Count, l.LoadedAt, l.LoadedBy)).ToListAsync(cancellationToken)))
            .WithName("ListPaCodeLists")
            .WithSummary("The quarters' Prior Authorization Required Code Lists, newest first (REF-02).");

        lists.MapGet("/{quarter}", async Task<Results<Ok<PaCodeListResponse>, ValidationProblem, ProblemHttpResult>> (
                string quarter, ReferralDbContext db, CancellationToken cancellationToken) =>
            {
                if (!PlanQuarter.TryParse(quarter, out var parsed))
                {
                    return Problems.Invalid(nameof(quarter), $"A quarter is written {PlanQuarter.Format}.");
                }

                var key = parsed.ToString();
                return await db.PaCodeLists.AsNoTracking().Where(l => l.Quarter == key)
                        .Select(l => new PaCodeListResponse(l.Quarter, l.EffectiveFrom, l.LoadedAt, l.LoadedBy,
                            l.Codes.OrderBy(c => c.Code).Select(c => new PaCodeResponse(c.Code, c.Description, c.Category)).ToList()))
                        .SingleOrDefaultAsync(cancellationToken) is { } list
                    ? TypedResults.Ok(list)
                    : Problems.NotFound($"The code list of {key}");
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPaCodeList")
            .WithSummary("One quarter's list: every code that needs an authorization, with its description and category (REF-02).");

        lists.MapPut("/{quarter}", async Task<Results<Ok<PaCodeListSummary>, ValidationProblem, ProblemHttpResult>> (
                string quarter, HttpRequest request, ClaimsPrincipal user, ReferralDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
            {
                if (!PlanQuarter.TryParse(quarter, out var parsed))
                {
                    return Problems.Invalid(nameof(quarter), $"A quarter is written {PlanQuarter.Format}.");
                }

                if (request.ContentType?.Split(';')[0].Trim().Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase) != true)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The list is sent as text/csv.",
                        detail: $"Send the quarter's list as {CsvMediaType}: the header \"{PaCodeListCsv.Header}\", then one code per line.");
                }

                using var reader = new StreamReader(request.Body);
                var (codes, problems) = await PaCodeListCsv.ParseAsync(reader, cancellationToken);
                if (problems.Count > 0)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [.. problems] });
                }

                var list = await db.ReplaceAsync(parsed.Value, codes, user.FindFirstValue(PlatformClaims.Name) ?? user.FindFirstValue(PlatformClaims.Subject)!,
                    time.GetUtcNow(), cancellationToken);
                return TypedResults.Ok(new PaCodeListSummary(list.Quarter, list.EffectiveFrom, list.Codes.Count, list.LoadedAt, list.LoadedBy));
            })
            .RequireAuthorization(Roles.PlanStaff)
            // Declared for the document only: Accepts metadata would have routing answer 415 before authorization.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = CsvBody;
                return Task.CompletedTask;
            })
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithName("ReplacePaCodeList")
            .WithSummary("Plan staff load a quarter's list, replacing any list of that quarter whole: a file with any bad line loads nothing, and every bad line is named (REF-02).");

        app.MapApiGroup("/api/v1/prior-authorization", "Prior authorization").RequireAuthorization(Modules.Referrals)
            .MapGet("/requirements", async Task<Results<Ok<PaRequirement>, ValidationProblem, ProblemHttpResult>> (
                [FromQuery] string? code, [FromQuery] DateOnly? serviceDate, ReferralDbContext db, CancellationToken cancellationToken) =>
            {
                var normalized = code?.Trim().ToUpperInvariant();
                if (!ServiceCode.IsValid(normalized))
                {
                    return Problems.Invalid(nameof(code), ServiceCode.Message);
                }

                if (serviceDate is not { } day || day < DateBounds.FirstRecord || day > DateBounds.LastRecord)
                {
                    return Problems.Invalid(nameof(serviceDate), $"The date of service, as YYYY-MM-DD, between {DateBounds.FirstRecord:yyyy-MM-dd} and {DateBounds.LastRecord:yyyy-MM-dd}.");
                }

                if (await db.InForceAsync(day, cancellationToken) is not { } inForce)
                {
                    return Problems.NotFound($"A Prior Authorization Required Code List in force on {day:yyyy-MM-dd}");
                }

                var listed = await db.PaCodes.AsNoTracking().SingleOrDefaultAsync(c => c.Quarter == inForce.Quarter && c.Code == normalized, cancellationToken);
                return TypedResults.Ok(PaRequirement.Of(inForce.Quarter, listed, normalized!, day));
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPaRequirement")
            .WithSummary("Whether a service code needs an authorization on a date of service, by the list in force then; if not, it is not to be submitted (REF-02).");
        return app;
    }
}
