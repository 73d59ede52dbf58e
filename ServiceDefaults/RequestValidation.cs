using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.ServiceDefaults;

/// <summary>
/// Validates request bodies (data annotations, then IValidatableObject) before the handler runs and answers a
/// 400 problem naming every field at fault, in the caller's camelCase. Reflection-based on purpose: the .NET 10
/// validation source generator only sees AddValidation() calls made in the service's own project.
/// </summary>
public static class RequestValidation
{
    /// <summary>A versioned API route group whose endpoints validate their bodies.</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix).WithTags(tag).AddEndpointFilterFactory(Validate);

    private static EndpointFilterDelegate Validate(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var validated = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (parameter.ParameterType, index))
            .Where(parameter => NeedsValidation(parameter.ParameterType))
            .Select(parameter => parameter.index)
            .ToArray();
        if (validated.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            var errors = new Dictionary<string, string[]>();
            foreach (var index in validated)
            {
                if (invocation.Arguments[index] is { } argument)
                {
                    Collect(argument, invocation.HttpContext.RequestServices, errors);
                }
            }

            return errors.Count == 0 ? await next(invocation) : TypedResults.ValidationProblem(errors);
        };
    }

    /// <summary>The request's services reach IValidatableObject.Validate (its clock, say, for a date that cannot be in the future).</summary>
    private static void Collect(object argument, IServiceProvider services, Dictionary<string, string[]> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(argument, new ValidationContext(argument, services, null), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                var field = JsonNamingPolicy.CamelCase.ConvertName(member);
                errors[field] = [.. errors.GetValueOrDefault(field, []), result.ErrorMessage ?? "The value is not valid."];
            }
        }
    }

    private static bool NeedsValidation(Type type) =>
        typeof(IValidatableObject).IsAssignableFrom(type)
        || type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(property => property.IsDefined(typeof(ValidationAttribute), inherit: true));
}
