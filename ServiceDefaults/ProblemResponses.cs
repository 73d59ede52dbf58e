using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.ServiceDefaults;

public static class ProblemResponses
{
    /// <summary>RFC 9457 answers for every error: validation, binding, not found, conflicts, crashes.</summary>
    public static IHostApplicationBuilder AddProblemResponses(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        // Binding failures (malformed JSON, a number that is text) throw, so the handler can name the field at fault.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }
}

/// <summary>
/// Turns exceptions into problem details. A 500 carries a title and the trace id only: the exception text and
/// stack stay in the log, never in the response.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private const string NotOfExpectedType = "The value is missing or not of the expected type.";

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            // "$.lines[0].billedAmount" → "lines[0].billedAmount": the field as the caller wrote it.
            BadHttpRequestException { InnerException: JsonException json } =>
                Invalid(json.Path is { Length: > 2 } path ? path[2..] : "body", json is ControlCharacterException ? InputGuard.Message : NotOfExpectedType),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The request body is larger than this service accepts.",
            },
            BadHttpRequestException bad => InvalidParameter(bad),
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The resource was changed by another request. Read it again and retry.",
            },
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "A resource with the same identity already exists.",
            },
            // The database restarting or out of reach (Npgsql calls that transient): the request may be retried, and a
            // retried write that did commit meets its own identity (409), so nothing is applied twice.
            _ when IsTransientDatabaseFailure(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "This service's database is unavailable for a moment. Try again shortly.",
            },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
        };
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            http.Response.Headers.RetryAfter = "1";
            logger.LogWarning("The database is unavailable on {Method} {Route}: {Reason}", http.Request.Method, RequestLog.RouteOf(http), exception.Message);
        }
        else if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Route}", http.Request.Method, RequestLog.RouteOf(http));
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    /// <summary>
    /// The framework's binding messages name C# types ("Failed to bind parameter \"int limit\" from \"abc\"");
    /// the caller gets only the parameter's name.
    /// </summary>
    private static HttpValidationProblemDetails InvalidParameter(BadHttpRequestException bad) =>
        BoundParameter().Match(bad.Message) is { Success: true } match
            ? Invalid(match.Groups["name"].Value, NotOfExpectedType)
            : Invalid("body", "The request body is missing or not valid JSON.");

    private static HttpValidationProblemDetails Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        };

    /// <summary>Npgsql's own verdict, wherever EF Core wrapped it (a failed save is two wrappers deep).</summary>
    private static bool IsTransientDatabaseFailure(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("""parameter "(?:[^" ]+ )?(?<name>[A-Za-z_][A-Za-z0-9_]*)" from""")]
    private static partial Regex BoundParameter();
}
