using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Interop.Fhir;

namespace Platform.Interop.Owners;

/// <summary>
/// A GET to an owner's API, its answer translated for the partner API: 200 is the value, 404 is null (the caller
/// decides between a 404 and an empty Bundle), a 400 names the partner's own parameter instead of the owner's
/// field, 401/403/429 keep their status, and an owner that fails or cannot be reached is a transient 503 — the
/// partner retries later, it did nothing wrong.
/// </summary>
public static class OwnerReads
{
    public static async Task<T?> GetAsync<T>(
        this HttpClient owner, string uri, IReadOnlyDictionary<string, string> parameterOf, CancellationToken cancellationToken) where T : class
    {
        try
        {
            using var response = await owner.GetAsync(uri, cancellationToken);
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
                        ?? throw new OwnerFailureException(StatusCodes.Status503ServiceUnavailable);
                case HttpStatusCode.NotFound:
                    return null;
                case HttpStatusCode.BadRequest:
                    var (field, message) = await FirstErrorAsync(response, cancellationToken);
                    throw new FhirInputException(parameterOf.GetValueOrDefault(field, field), message);
                case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests:
                    throw new OwnerFailureException((int)response.StatusCode);
                default:
                    throw new OwnerFailureException(StatusCodes.Status503ServiceUnavailable);
            }
        }
        catch (Exception failed) when (failed is HttpRequestException or Polly.ExecutionRejectedException or JsonException
            || (failed is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Refused, timed out, circuit open, or an answer this service cannot read.
            throw new OwnerFailureException(StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>An owner's failure answered with <see cref="OwnerFailureException.Status"/> as an OperationOutcome.</summary>
    public static TBuilder CatchOwnerFailures<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (OwnerFailureException failure)
            {
                return TypedResults.Problem(statusCode: failure.Status, title: failure.Status == StatusCodes.Status503ServiceUnavailable
                    ? "The service that holds this data is unavailable; try again shortly."
                    : null);
            }
        });

    private static async Task<(string Field, string Message)> FirstErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (problem.ValueKind != JsonValueKind.Object)
        {
            return ("", "Invalid request.");
        }

        if (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            && errors.EnumerateObject().FirstOrDefault() is { Value.ValueKind: JsonValueKind.Array } error)
        {
            return (error.Name, error.Value.EnumerateArray().Select(message => message.ToString()).FirstOrDefault() ?? "Invalid.");
        }

        return ("", problem.TryGetProperty("title", out var title) ? title.ToString() : "Invalid request.");
    }
}

/// <summary>An owner's API answered what the partner API passes on with <see cref="Status"/>.</summary>
public sealed class OwnerFailureException(int status) : Exception($"The owner's API answered {status}.")
{
    public int Status { get; } = status;
}
