using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Platform.ServiceDefaults;

namespace Platform.Interop.Fhir;

/// <summary>
/// Under the FHIR base path every error is an OperationOutcome (FHIR R4 §3.1.0.4), not RFC 9457 problem details: the
/// platform's problems — validation, not found, forbidden, throttled, a crash — are written as one, with the same
/// status, a diagnostics text and the field at fault as the issue's expression.
/// </summary>
public static class FhirOutcomes
{
    public static IServiceCollection AddFhirOutcomes(this IServiceCollection services)
    {
        // Ahead of the default writer: the problem details service asks each writer in order.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, OperationOutcomeWriter>());
        return services;
    }

    /// <summary>A FHIR request the API cannot read answers 400 naming where, as any other invalid input does.</summary>
    public static RouteGroupBuilder CatchFhirInput(this RouteGroupBuilder group) => group.AddEndpointFilter(async (context, next) =>
    {
        try
        {
            return await next(context);
        }
        catch (FhirInputException input)
        {
            // The field is a FHIRPath (Bundle.entry[0]...), kept as written rather than camelCased as a JSON field is.
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [input.Field] = [input.Message] });
        }
    });

    public static OperationOutcome From(ProblemDetails problem)
    {
        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        var code = IssueTypeOf(status);
        var outcome = new OperationOutcome();
        if (problem is HttpValidationProblemDetails { Errors.Count: > 0 } validation)
        {
            foreach (var (field, messages) in validation.Errors)
            {
                outcome.Issue.AddRange(messages.Select(message => Issue(code, message, field)));
            }
        }
        else
        {
            var text = string.Join(" ", new[] { problem.Title, problem.Detail }.Where(text => !string.IsNullOrWhiteSpace(text)));
            outcome.Issue.Add(Issue(code, text is "" ? ReasonPhrases.GetReasonPhrase(status) : text, null));
        }

        return outcome;
    }

    private static OperationOutcome.IssueComponent Issue(OperationOutcome.IssueType code, string diagnostics, string? field) => new()
    {
        Severity = OperationOutcome.IssueSeverity.Error,
        Code = code,
        Diagnostics = diagnostics,
        Expression = field is null ? [] : [field],
    };

    private static OperationOutcome.IssueType IssueTypeOf(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => OperationOutcome.IssueType.Login,
        StatusCodes.Status403Forbidden => OperationOutcome.IssueType.Forbidden,
        StatusCodes.Status404NotFound => OperationOutcome.IssueType.NotFound,
        StatusCodes.Status409Conflict => OperationOutcome.IssueType.Conflict,
        StatusCodes.Status413PayloadTooLarge => OperationOutcome.IssueType.TooLong,
        StatusCodes.Status422UnprocessableEntity => OperationOutcome.IssueType.Processing,
        StatusCodes.Status429TooManyRequests => OperationOutcome.IssueType.Throttled,
        StatusCodes.Status503ServiceUnavailable or StatusCodes.Status502BadGateway or StatusCodes.Status504GatewayTimeout => OperationOutcome.IssueType.Transient,
        >= 500 => OperationOutcome.IssueType.Exception,
        _ => OperationOutcome.IssueType.Invalid,
    };

    private sealed class OperationOutcomeWriter : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) =>
            context.HttpContext.Request.Path.StartsWithSegments(FhirJson.BasePath, StringComparison.OrdinalIgnoreCase);

        public ValueTask WriteAsync(ProblemDetailsContext context) =>
            new(new FhirResult(From(context.ProblemDetails), context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext));
    }
}
