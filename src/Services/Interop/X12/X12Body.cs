using System.Text;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Platform.ServiceDefaults;

namespace Platform.Interop.X12;

/// <summary>
/// The raw X12 body of a real-time request: application/edi-x12 (RFC 1767) or text/plain, one interchange. A
/// real-time 270 or 276 asks about one patient (CAQH CORE) and is well under a kilobyte; the cap leaves room for a few
/// inquiries and keeps a caller from holding the service with a batch file.
/// </summary>
public static class X12Body
{
    public const string MediaType = "application/edi-x12";
    public const int MaxLength = 32 * 1024;

    private static readonly string[] Accepted = [MediaType, "text/plain"];

    /// <summary>The interchange's text, or the problem naming "body": a wrong content type, nothing sent, or too much.</summary>
    public static async Task<(string? Text, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !Accepted.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            return (null, Problems.Invalid("body", $"Send one X12 interchange as {MediaType} or text/plain."));
        }

        if (request.ContentLength > MaxLength)
        {
            return (null, TooLarge);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
        var buffer = new char[MaxLength + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > MaxLength)
        {
            return (null, TooLarge);
        }

        var text = new string(buffer, 0, length);
        return string.IsNullOrWhiteSpace(text) ? (null, Problems.Invalid("body", "The body is empty: send one X12 interchange.")) : (text, null);
    }

    private static IResult TooLarge => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: $"A real-time interchange is at most {MaxLength / 1024} KB; send batches another way.");

    /// <summary>
    /// The body as the OpenAPI document describes it. Declared for the document only: Accepts metadata would have
    /// routing answer 415 with no body, where a wrong content type is a 400 naming "body" like any other bad input.
    /// </summary>
    public static RouteHandlerBuilder TakesInterchange(this RouteHandlerBuilder endpoint, string description) => endpoint
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = description,
                Content = Accepted.ToDictionary(media => media, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } }),
            };
            return Task.CompletedTask;
        })
        .Produces<string>(StatusCodes.Status200OK, MediaType)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
