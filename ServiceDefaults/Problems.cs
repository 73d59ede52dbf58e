using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.ServiceDefaults;

/// <summary>Typed problem answers endpoints return, so every service words its 400/404/409 the same way.</summary>
public static class Problems
{
    /// <summary>A 400 naming the field in the caller's camelCase (nameof(request.PayableAmount) → payableAmount).</summary>
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [JsonNamingPolicy.CamelCase.ConvertName(field)] = [message] });

    /// <summary>A 400 naming a request header as HTTP spells it (Idempotency-Key).</summary>
    public static ValidationProblem InvalidHeader(string header, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [header] = [message] });

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} was not found.");

    public static ProblemHttpResult Conflict(string title, string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
