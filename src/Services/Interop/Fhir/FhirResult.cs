using System.Text;
using Hl7.Fhir.Model;

namespace Platform.Interop.Fhir;

/// <summary>A FHIR resource answered as <c>application/fhir+json</c> with the given status.</summary>
public sealed class FhirResult(Resource resource, int statusCode = StatusCodes.Status200OK) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public Resource Resource { get; } = resource;

    public int? StatusCode => statusCode;

    public string ContentType => $"{FhirJson.MediaType}; charset=utf-8";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = ContentType;
        await httpContext.Response.WriteAsync(FhirJson.Serialize(Resource), Encoding.UTF8, httpContext.RequestAborted);
    }
}
