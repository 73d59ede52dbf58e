using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace Platform.Interop.Fhir;

/// <summary>FHIR R4's JSON format, written and read by the Firely SDK's System.Text.Json converters.</summary>
public static class FhirJson
{
    public const string MediaType = "application/fhir+json";

    /// <summary>The base path of the FHIR R4 API in this service; the gateway publishes it at /api/fhir/r4.</summary>
    public const string BasePath = "/fhir/r4";

    public static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, Options);

    /// <summary>
    /// A resource of type <typeparamref name="T"/> from a request body. Malformed JSON, an unknown element or a wrong
    /// type is a <see cref="FhirInputException"/> naming where, which the API answers with a 400 OperationOutcome.
    /// </summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : Resource
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken)
                ?? throw new FhirInputException("body", $"The body must be a {typeof(T).Name} resource.");
        }
        catch (DeserializationFailedException failed)
        {
            // Firely's messages name the element and where it is ("... At Patient.birthDate, line 1, position 40"); its
            // instance path is the expression.
            var first = failed.Exceptions.FirstOrDefault();
            throw new FhirInputException((first as ExtendedCodedException)?.InstancePath ?? "body", first?.Message ?? failed.Message);
        }
        catch (JsonException json)
        {
            throw new FhirInputException(json.Path ?? "body", $"The body is not a {typeof(T).Name} in FHIR JSON.");
        }
    }
}

/// <summary>A request the FHIR API cannot read: answered 400 with an OperationOutcome whose expression is <see cref="Field"/>.</summary>
public sealed class FhirInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
