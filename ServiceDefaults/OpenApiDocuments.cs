using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults;

public static class OpenApiDocuments
{
    // Not X-Forwarded-Prefix: YARP sets that one itself, from the request's path base.
    public const string GatewayPrefixHeader = "X-Gateway-Prefix";
    private const string ApiRoot = "/api";

    /// <summary>
    /// Each service's document declares bearer tokens, and when read through the gateway (which sends
    /// X-Gateway-Prefix: /api/&lt;service&gt;) names the gateway as its server, so Swagger UI's calls go through it:
    /// the service's /api/v1/claims is the gateway's /api/claims/v1/claims.
    /// </summary>
    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddOperationTransformer(DeclareAuthorizationResponses).AddDocumentTransformer((document, context, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];

            if (context.ApplicationServices.GetService<Microsoft.AspNetCore.Http.IHttpContextAccessor>()?.HttpContext?.Request
                    .Headers[GatewayPrefixHeader].FirstOrDefault() is { Length: > 0 } prefix)
            {
                document.Servers = [new OpenApiServer { Url = prefix }];
                var paths = new OpenApiPaths();
                foreach (var (path, item) in document.Paths)
                {
                    paths.Add(path.StartsWith(ApiRoot + "/", StringComparison.Ordinal) ? path[ApiRoot.Length..] : path, item);
                }

                document.Paths = paths;
            }

            return Task.CompletedTask;
        }));

    /// <summary>
    /// Every operation behind authorization can answer 401 (no valid token) and, when it asks for a module or role, 403:
    /// declared here once rather than on each endpoint, so no endpoint's document leaves them out.
    /// </summary>
    private static Task DeclareAuthorizationResponses(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid bearer token." });
        if (metadata.OfType<IAuthorizeData>().Any(data => data.Policy is not null || data.Roles is not null))
        {
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The token lacks the module or role the operation needs." });
        }

        return Task.CompletedTask;
    }
}
