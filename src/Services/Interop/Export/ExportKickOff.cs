using System.Globalization;
using System.Security.Claims;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Interop.Data;
using Platform.Interop.Fhir;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Interop.Export;

/// <summary>
/// FHIR Bulk Data kick-off for CMS-0057-F Provider Access: <c>GET Group/{network}/$export</c> queues an export of the
/// network's attributed members (its members today) and answers 202 with the status URL in Content-Location. A partner
/// exports only its own network (another is not found, ACC-06); plan staff any. One export in progress per requester.
/// </summary>
public static class ExportKickOff
{
    private static readonly string[] OutputFormats = ["application/fhir+ndjson", "application/ndjson", "ndjson"];

    /// <summary>The CapabilityStatement's Group: the Bulk Data group export, with its parameters.</summary>
    public static readonly FhirResourceCapability Group = new(ResourceType.Group, null, [],
        [
            ("_type", SearchParamType.String, $"Comma-separated resource types: {string.Join(", ", ExportTypes.All)} (those the token permits by default)."),
            ("_since", SearchParamType.Date, "Only resources changed after this FHIR instant (with its time zone)."),
            ("_outputFormat", SearchParamType.String, "application/fhir+ndjson, the only format written."),
        ],
        [("export", "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export")]);

    public static RouteHandlerBuilder MapExportKickOff(this RouteGroupBuilder fhir) => fhir
        .MapGet("/Group/{id}/$export", async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> (
            string id, HttpRequest request, HttpResponse response, CallerScope scope, ClaimsPrincipal user, InteropDbContext db,
            ExportSignal signal, TimeProvider time, IOptions<ExportOptions> options, CancellationToken cancellationToken,
            [FromHeader(Name = "Prefer")] string? prefer = null, [FromQuery(Name = "_type")] string? type = null,
            [FromQuery(Name = "_since")] string? since = null, [FromQuery(Name = "_outputFormat")] string? outputFormat = null) =>
        {
            // ACC-06: a partner's group is its own network; an office has none (first, so a request never tells more).
            if (!scope.IsPlanWide && !string.Equals(scope.Network, id, StringComparison.Ordinal))
            {
                return Problems.NotFound($"Group {id}");
            }

            // Bulk Data: the client must ask for the asynchronous pattern; the export is never answered inline.
            if (prefer?.Contains("respond-async", StringComparison.OrdinalIgnoreCase) != true)
            {
                return Problems.Invalid("Prefer", "A bulk export runs asynchronously: send the header Prefer: respond-async.");
            }

            if (outputFormat is not null && !OutputFormats.Contains(outputFormat, StringComparer.OrdinalIgnoreCase))
            {
                return Problems.Invalid("_outputFormat", "Only NDJSON is written: application/fhir+ndjson.");
            }

            var (sinceProblem, sinceValue) = ParseSince(since, time.GetUtcNow());
            if (sinceProblem is not null)
            {
                return Problems.Invalid("_since", sinceProblem);
            }

            var (types, typeProblem) = ParseTypes(type, user);
            if (typeProblem is not null)
            {
                return typeProblem;
            }

            var requester = user.FindFirstValue(PlatformClaims.Subject)!;
            var now = time.GetUtcNow();
            if (await db.BulkExports.AnyAsync(e => e.Requester == requester && (e.Status == BulkExportStatus.Queued || e.Status == BulkExportStatus.Running), cancellationToken))
            {
                response.Headers.RetryAfter = "10";
                return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "An export of yours is in progress.",
                    detail: "Poll its status, or cancel it with DELETE on its status URL, before starting another.");
            }

            var export = new BulkExport
            {
                Id = Guid.CreateVersion7(now), Requester = requester, Network = id, Types = [.. types], Since = sinceValue,
                Request = $"{CapabilityStatementApi.PublicBase(request)}/Group/{id}/$export{request.QueryString}",
                RequestedAt = now, Status = BulkExportStatus.Queued, ExpiresAt = now + options.Value.Retention,
            };
            db.BulkExports.Add(export);
            await db.SaveChangesAsync(cancellationToken);
            signal.Notify();
            response.Headers.ContentLocation = ExportStatus.Url(request, export.Id);
            return TypedResults.Accepted((string?)null);
        })
        .RequireAuthorization(Modules.Members)
        .WithName("FhirGroupExport")
        .Produces(StatusCodes.Status202Accepted)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .WithSummary("Bulk Data kick-off (Provider Access): a network's attributed members' Patient, Coverage and ExplanationOfBenefit as NDJSON; 202 with the status URL in Content-Location.");

    /// <summary>A FHIR instant with its time zone, not in the future; none when absent.</summary>
    private static (string? Problem, DateTimeOffset? Value) ParseSince(string? since, DateTimeOffset now)
    {
        if (since is null)
        {
            return (null, null);
        }

        if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) || !HasZone(since))
        {
            return ("_since is a FHIR instant with its time zone, e.g. 2026-01-01T00:00:00Z.", null);
        }

        return value > now ? ("_since is in the future.", null) : (null, value);
    }

    private static bool HasZone(string instant) => instant.EndsWith('Z') || instant.Length > 6 && instant[^6] is '+' or '-' && instant[^3] == ':';

    /// <summary>The asked types, each of which the caller's token permits; all it permits when none is asked.</summary>
    private static (IReadOnlyList<string> Types, Results<Accepted, ValidationProblem, ProblemHttpResult>? Problem) ParseTypes(string? type, ClaimsPrincipal user)
    {
        bool Permitted(string resourceType) => user.HasClaim(PlatformClaims.Permission, ExportTypes.Permission[resourceType]);
        if (string.IsNullOrWhiteSpace(type))
        {
            return ([.. ExportTypes.All.Where(Permitted)], null);
        }

        var asked = type.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (asked.FirstOrDefault(t => !ExportTypes.Permission.ContainsKey(t)) is { } unknown)
        {
            return ([], Problems.Invalid("_type", $"{unknown} is not exported; the types are {string.Join(", ", ExportTypes.All)}."));
        }

        return asked.FirstOrDefault(t => !Permitted(t)) is { } forbidden
            ? ([], TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"Your token does not permit exporting {forbidden}."))
            : (asked, null);
    }
}

/// <summary>Wakes the export worker when a job is queued, so a small export starts at once rather than at the next poll.</summary>
public sealed class ExportSignal
{
    private readonly SemaphoreSlim queued = new(0);

    public void Notify()
    {
        if (queued.CurrentCount == 0)
        {
            queued.Release();
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => queued.WaitAsync(timeout, cancellationToken);
}
