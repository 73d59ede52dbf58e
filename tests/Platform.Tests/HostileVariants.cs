using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Tests;

/// <summary>An operation of an OpenAPI document: its parameters (name, where, schema) and its body's media type and schema.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<(string Name, string In, JsonElement Schema)> Parameters, string? MediaType, JsonElement? Body);

/// <summary>One request built from an operation with one part of it made hostile, the rest given plain values.</summary>
public sealed record HostileRequest(string Name, string Method, string Path, IReadOnlyDictionary<string, string> Query, Func<HttpContent>? Content)
{
    public HttpRequestMessage ToRequest(string prefix)
    {
        var query = string.Join('&', Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={q.Value}"));
        return new HttpRequestMessage(new HttpMethod(Method), prefix + Path + (query.Length > 0 ? "?" + query : "")) { Content = Content?.Invoke() };
    }
}

/// <summary>
/// The hostile set: what an outside tester threw at the platform. Values are already percent-encoded where they go
/// into a URL, so the raw bytes (a NUL, an invalid UTF-8 sequence) reach the server as sent.
/// </summary>
public static class HostileVariants
{
    private static readonly (string Name, string Encoded, string Raw)[] Strings =
    [
        ("NUL", "a%00b", "a\u0000b"),
        ("control", "a%07%1Bb", "a\u0007\u001bb"),
        ("non-ASCII", "%C3%9C%E2%82%AC%F0%9F%98%80", "Ü€😀"),
        ("invalid UTF-8", "%FF%FE", "\uFFFD"),
        ("SQL", "%27%20OR%201%3D1%20--", "' OR 1=1 --"),
        ("traversal", "..%2F..%2Fetc%2Fpasswd", "../../etc/passwd"),
        ("markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>alert(1)</script>"),
        ("long", new string('A', 4000), new string('A', 4000)),
        ("empty", "", ""),
        ("number overflow", "99999999999999999999999", "99999999999999999999999"),
        ("year 1", "0001-01-01", "0001-01-01"),
        ("year 9999", "9999-12-31", "9999-12-31"),
    ];

    public static IEnumerable<ApiOperation> Operations(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, Schema(document, p))).ToList()
                    : [];
                var (mediaType, body) = operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.GetProperty("content").EnumerateObject().FirstOrDefault() is { Value.ValueKind: JsonValueKind.Object } content
                    ? (content.Name, content.Value.TryGetProperty("schema", out var schema) ? Resolve(document, schema) : (JsonElement?)null)
                    : (null, null);
                yield return new ApiOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, mediaType, body);
            }
        }
    }

    public static IEnumerable<HostileRequest> Of(ApiOperation operation)
    {
        Func<HttpContent>? plainBody = operation.MediaType is null ? null : () => Body(operation, null, null);
        foreach (var (name, where, schema) in operation.Parameters.Where(p => p.In is "path" or "query"))
        {
            foreach (var (label, encoded, _) in Strings.Concat(TypeMismatch(schema)))
            {
                yield return Build(operation, $"{where} {name}: {label}", name, encoded, plainBody);
            }
        }

        if (operation.MediaType is null)
        {
            yield break;
        }

        foreach (var (label, content) in WholeBodies(operation.MediaType))
        {
            yield return Build(operation, $"body: {label}", null, null, content);
        }

        foreach (var field in Fields(operation.Body))
        {
            foreach (var (label, _, raw) in Strings)
            {
                yield return Build(operation, $"body {field}: {label}", null, null, () => Body(operation, field, JsonValue.Create(raw)));
            }

            yield return Build(operation, $"body {field}: array", null, null, () => Body(operation, field, new JsonArray(1, 2)));
            yield return Build(operation, $"body {field}: object", null, null, () => Body(operation, field, new JsonObject { ["a"] = 1 }));
        }
    }

    /// <summary>For a typed parameter, a value of the wrong type; for a string, nothing more.</summary>
    private static IEnumerable<(string, string, string)> TypeMismatch(JsonElement schema) =>
        Type(schema) is "integer" or "number" or "boolean" ? [("wrong type", "abc", "abc"), ("negative", "-1", "-1")] : [];

    private static IEnumerable<(string Label, Func<HttpContent> Content)> WholeBodies(string mediaType)
    {
        yield return ("none", () => new ByteArrayContent([]) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } });
        yield return ("wrong media type", () => new StringContent("<x/>", Encoding.UTF8, "application/xml"));
        if (mediaType == "application/x-www-form-urlencoded")
        {
            yield return ("1,500 fields", () => new FormUrlEncodedContent(Enumerable.Range(0, 1500).Select(i => KeyValuePair.Create($"f{i}", "x"))));
            yield return ("NUL field", () => new StringContent("a=%00", Encoding.UTF8, mediaType));
            yield break;
        }

        foreach (var (label, text) in new[]
        {
            ("null", "null"), ("array", "[]"), ("empty object", "{}"), ("truncated", "{\"a\":"), ("NUL", "\u0000"),
            ("deep", new string('[', 5000) + new string(']', 5000)), ("not JSON", "this is not json"),
        })
        {
            yield return (label, () => new StringContent(text, Encoding.UTF8, mediaType));
        }
    }

    private static HostileRequest Build(ApiOperation operation, string name, string? hostileParameter, string? hostileValue, Func<HttpContent>? content)
    {
        var path = operation.Path;
        var query = new Dictionary<string, string>();
        foreach (var (parameter, where, schema) in operation.Parameters)
        {
            var value = parameter == hostileParameter ? hostileValue! : Plain(schema);
            if (where == "path")
            {
                path = path.Replace($"{{{parameter}}}", value, StringComparison.Ordinal);
            }
            else if (where == "query" && parameter == hostileParameter)
            {
                query[parameter] = value;
            }
        }

        return new HostileRequest(name, operation.Method, path, query, content);
    }

    /// <summary>A body with every field plain, and one field (when given) replaced.</summary>
    private static HttpContent Body(ApiOperation operation, string? field, JsonNode? value)
    {
        if (operation.MediaType == "application/x-www-form-urlencoded")
        {
            return new FormUrlEncodedContent(Fields(operation.Body).Select(f => KeyValuePair.Create(f, f == field ? value!.ToString() : "x1234")));
        }

        var body = new JsonObject();
        foreach (var name in Fields(operation.Body))
        {
            body[name] = name == field ? value : JsonValue.Create("x1234");
        }

        return new StringContent(body.ToJsonString(), Encoding.UTF8, operation.MediaType == "application/json" ? "application/json" : operation.MediaType!);
    }

    private static IEnumerable<string> Fields(JsonElement? body) =>
        body is { } schema && schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name) : [];

    private static string Plain(JsonElement schema) => Type(schema) switch
    {
        "integer" or "number" => "1",
        "boolean" => "true",
        _ => schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var format) && format.GetString() == "uuid" ? Guid.NewGuid().ToString() : "x1234",
    };

    private static string? Type(JsonElement schema) =>
        schema.ValueKind != JsonValueKind.Object ? null : schema.TryGetProperty("type", out var type) ? type.ValueKind == JsonValueKind.Array ? type[0].GetString() : type.GetString() : null;

    private static JsonElement Schema(JsonElement document, JsonElement parameter) =>
        parameter.TryGetProperty("schema", out var schema) ? Resolve(document, schema) : default;

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference))
        {
            return schema;
        }

        var target = document;
        foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
        {
            target = target.GetProperty(part);
        }

        return target;
    }
}
