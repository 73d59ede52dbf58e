using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.Interop.Fhir;

/// <summary>
/// The OpenAPI document says what the FHIR API writes: every error of a FHIR operation is an OperationOutcome in
/// application/fhir+json (FhirOutcomes), whatever problem content its endpoint, its typed results or the platform's
/// 401/403 declared; a 200 declared without a body type is a FHIR resource (FhirResult) in the same media type.
/// </summary>
public static class FhirOpenApi
{
    private const string OutcomeDescription = "An OperationOutcome naming the status and, for invalid input, the element at fault.";

    // Registered after the platform's own transformers (AddPlatformOpenApi), so it sees their 401 and 403 too.
    public static IServiceCollection AddFhirOpenApi(this IServiceCollection services) =>
        services.Configure<OpenApiOptions>("v1", options => options.AddOperationTransformer(DeclareFhirContent));

    private static Task DeclareFhirContent(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath?.StartsWith(FhirJson.BasePath[1..] + "/", StringComparison.Ordinal) != true || operation.Responses is null)
        {
            return Task.CompletedTask;
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse declared)
            {
                continue;
            }

            if (status[0] is '4' or '5')
            {
                declared.Description ??= OutcomeDescription;
                declared.Content = FhirContent();
            }
            else if (status == "200" && declared.Content is null or { Count: 0 })
            {
                declared.Content = FhirContent();
            }
        }

        return Task.CompletedTask;
    }

    private static Dictionary<string, OpenApiMediaType> FhirContent() => new() { [FhirJson.MediaType] = new() };
}
