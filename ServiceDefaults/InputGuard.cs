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

    public static bool HasControlCharacter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>JSON string values checked as the body is read: the serializer's path names the field at fault.</summary>
    public static IServiceCollection AddInputGuard(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new GuardedStringConverter()));

    /// <summary>Route values, query strings, headers and form fields: checked before routing's handlers see them.</summary>
    public static WebApplication UseInputGuard(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (await FirstRefusedFieldAsync(http.Request) is { } field)
            {
                var message = field == "form" ? "The form has more fields, or longer ones, than this service accepts." : Message;
                await Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }).ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        return app;
    }

    private static async Task<string?> FirstRefusedFieldAsync(HttpRequest request)
    {
        // Kestrel refuses a NUL in the path itself; other control characters decoded from %xx are caught here.
        if (HasControlCharacter(request.Path.Value))
        {
            return "path";
        }

        if ((First(request.Query) ?? First(request.Headers)) is { } found)
        {
            return found;
        }

        if (!request.HasFormContentType)
        {
            return null;
        }

        try
        {
            return First(await request.ReadFormAsync(request.HttpContext.RequestAborted));
        }
        catch (InvalidDataException)
        {
            // The form reader's limits: more than 1,024 fields, or a name or value longer than its limit.
            return "form";
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

/// <summary>A JSON string with a control character: the problem handler names the field with <see cref="InputGuard.Message"/>.</summary>
public sealed class ControlCharacterException() : JsonException(InputGuard.Message);
