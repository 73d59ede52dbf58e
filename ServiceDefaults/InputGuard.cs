using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Platform.ServiceDefaults;

/// <summary>
/// Text no service means to take: control characters other than tab, CR and LF. A NUL reaching PostgreSQL is a 500
/// ("invalid byte sequence"), and the others are never part of a name, an id or a note. Refused at the edge of every
/// service, with a 400 problem naming the field, so no handler has to remember.
/// </summary>
public static class InputGuard
{
    public const string Message = "The value contains a control character.";
    private const string FormTooLarge = "The form has more fields, or longer ones, than this service accepts.";

    // Every header of every request is scanned (a bearer token alone is a kilobyte): a vectorized search.
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'))]);

    public static bool HasControlCharacter(ReadOnlySpan<char> text) => text.ContainsAny(ControlCharacters);

    /// <summary>JSON string values checked as the body is read: the serializer's path names the field at fault.</summary>
    public static IServiceCollection AddInputGuard(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new GuardedStringConverter()));

    /// <summary>Route values, query strings, headers and form fields: checked before routing's handlers see them.</summary>
    public static WebApplication UseInputGuard(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (await FirstRefusedFieldAsync(http.Request) is ({ } field, var message))
            {
                await Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }).ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        return app;
    }

    /// <summary>The field at fault and why, or (null, "") when the request may go on.</summary>
    private static async Task<(string? Field, string Message)> FirstRefusedFieldAsync(HttpRequest request)
    {
        // Kestrel refuses a NUL in the path itself; other control characters decoded from %xx are caught here.
        var found = HasControlCharacter(request.Path.Value) ? "path" : First(request.Query) ?? First(request.Headers);
        if (found is not null || !request.HasFormContentType || request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<StreamedFormAttribute>() is not null)
        {
            return (found, Message);
        }

        try
        {
            return (First(await request.ReadFormAsync(request.HttpContext.RequestAborted)), Message);
        }
        catch (InvalidDataException)
        {
            // The form reader's limits: more than 1,024 fields, or a name or value longer than its limit.
            return ("form", FormTooLarge);
        }
    }

    private static string? First(IEnumerable<KeyValuePair<string, StringValues>> fields)
    {
        foreach (var (name, values) in fields)
        {
            if (HasControlCharacter(name) || values.Any(value => HasControlCharacter(value)))
            {
                return name;
            }
        }

        return null;
    }

    private sealed class GuardedStringConverter : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException();
            }

            var value = reader.GetString()!;
            return HasControlCharacter(value) ? throw new ControlCharacterException() : value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}

/// <summary>
/// On an endpoint that streams its multipart body part by part (file uploads): the guard leaves the form unread, as
/// reading it would buffer every file whole first; the endpoint checks its parts itself.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class StreamedFormAttribute : Attribute;

/// <summary>A JSON string with a control character: the problem handler names the field with <see cref="InputGuard.Message"/>.</summary>
public sealed class ControlCharacterException() : JsonException(InputGuard.Message);
