using System.Diagnostics;
using Platform.Contracts.Attachments;
using Platform.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms;

namespace Platform.Gateway;

public static class ServiceProxy
{
    public const string CorrelationHeader = "X-Correlation-Id";

    /// <summary>
    /// /api/&lt;service&gt;/{rest} → the service's /api/{rest}; /api/&lt;service&gt;/openapi/{doc} → its /openapi/{doc}.
    /// The caller's Authorization header and the W3C trace context travel with the request.
    /// </summary>
    public static IHostApplicationBuilder AddServiceProxy(this IHostApplicationBuilder builder, IReadOnlyList<Backend> backends)
    {
        builder.Services.AddSingleton<IForwarderHttpClientFactory, FastFailForwarderHttpClientFactory>();
        builder.Services.AddReverseProxy()
            .LoadFromMemory(backends.SelectMany(Routes).ToList(), backends.Select(Cluster).ToList())
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms(transforms => transforms.AddRequestTransform(context =>
            {
                var correlation = context.HttpContext.Request.Headers[CorrelationHeader].FirstOrDefault()
                    ?? Activity.Current?.TraceId.ToString()
                    ?? context.HttpContext.TraceIdentifier;
                context.ProxyRequest.Headers.Remove(CorrelationHeader);
                context.ProxyRequest.Headers.TryAddWithoutValidation(CorrelationHeader, correlation);
                context.HttpContext.Response.Headers[CorrelationHeader] = correlation;
                // Lets a service describe itself as reached through the gateway (OpenApiDocuments).
                context.ProxyRequest.Headers.Remove(OpenApiDocuments.GatewayPrefixHeader);
                context.ProxyRequest.Headers.TryAddWithoutValidation(
                    OpenApiDocuments.GatewayPrefixHeader, GatewayPrefix(context.HttpContext.GetReverseProxyFeature().Route.Config.ClusterId!));
                return ValueTask.CompletedTask;
            }));
        return builder;
    }

    public static WebApplication MapServiceProxy(this WebApplication app)
    {
        app.MapReverseProxy(proxy => proxy.UseMiddleware<BackendUnavailableMiddleware>());
        return app;
    }

    /// <summary>The web front end's name among the backends: served at the root, below every /api route.</summary>
    public const string WebFrontEnd = "web";

    private static IEnumerable<RouteConfig> Routes(Backend backend) => backend.Name == WebFrontEnd
        ? [
            new RouteConfig
            {
                RouteId = backend.Name,
                ClusterId = backend.Name,
                // After every other route: /api/... never reaches the web app. It signs its users in itself.
                Order = int.MaxValue,
                AuthorizationPolicy = "anonymous",
                Match = new RouteMatch { Path = "/{**path}" },
            },
        ]
        : backend.Name switch
        {
            DisputeService => [.. ApiRoutes(backend), AttachmentUploads(backend, "disputes", "disputeNumber")],
            ReferralService => [.. ApiRoutes(backend), PriorAuthorizationMetrics(backend), AttachmentUploads(backend, "referrals", "referralNumber")],
            InteropService => InteropRoutes(backend),
            IdentityService => [.. ApiRoutes(backend), SmartConfiguration(backend)],
            _ => ApiRoutes(backend),
        };

    public const string IdentityService = "identity";

    /// <summary>
    /// SMART Backend Services discovery is read at the FHIR base (SMART App Launch §2.0.6); identity, which issues the
    /// tokens, answers it, naming its token endpoint as the gateway publishes it.
    /// </summary>
    private static RouteConfig SmartConfiguration(Backend backend) =>
        PathRoute(backend, "smart-configuration", "/api/fhir/r4/.well-known/smart-configuration", "/.well-known/smart-configuration", "anonymous", order: -1, methods: ["GET"]);

    /// <summary>Where a service's own paths appear on the gateway: /api/&lt;service&gt;/…, but the partner APIs' at /api/fhir/r4/… and /api/x12/….</summary>
    public static string GatewayPrefix(string service) => service == InteropService ? "/api" : $"/api/{service}";

    public const string InteropService = "interop";

    /// <summary>
    /// The interop service publishes the partner APIs under the names partners know — /api/fhir/r4 and /api/x12 — not
    /// under its own. A token for everything but the FHIR CapabilityStatement, which a client reads first (FHIR R4 §3.1.0.1.11).
    /// </summary>
    private static IEnumerable<RouteConfig> InteropRoutes(Backend backend) =>
    [
        ApiRoutes(backend).First(),
        PathRoute(backend, "fhir-metadata", "/api/fhir/r4/metadata", "/fhir/r4/metadata", "anonymous", order: -1, methods: ["GET"]),
        PathRoute(backend, "fhir", "/api/fhir/r4/{**rest}", "/fhir/r4/{**rest}", "default"),
        PathRoute(backend, "x12", "/api/x12/{**rest}", "/x12/{**rest}", "default"),
    ];

    private static RouteConfig PathRoute(Backend backend, string name, string path, string servicePath, string policy, int order = 0, string[]? methods = null) => new()
    {
        RouteId = $"{backend.Name}-{name}",
        ClusterId = backend.Name,
        Order = order,
        AuthorizationPolicy = policy,
        Match = new RouteMatch { Path = path, Methods = methods },
        Transforms = [new Dictionary<string, string> { ["PathPattern"] = servicePath }],
    };

    public const string DisputeService = "dispute";

    public const string ReferralService = "referral";

    /// <summary>The public prior-authorization metrics' path (CMS-0057-F, REF-13): the one service route open without a token.</summary>
    public const string PriorAuthorizationMetricsPath = $"/api/{ReferralService}/v1/prior-authorization/metrics";

    /// <summary>
    /// CMS-0057-F has payers publish their prior-authorization metrics: aggregate counts, no PHI, read by anyone. Exactly
    /// this path and GET, ahead of the referral route that asks for a token; the service allows it anonymously itself.
    /// </summary>
    private static RouteConfig PriorAuthorizationMetrics(Backend backend) => new()
    {
        RouteId = $"{backend.Name}-pa-metrics",
        ClusterId = backend.Name,
        Order = -1,
        AuthorizationPolicy = "anonymous",
        Match = new RouteMatch { Path = PriorAuthorizationMetricsPath, Methods = ["GET"] },
        Transforms = [new Dictionary<string, string> { ["PathPattern"] = "/api/v1/prior-authorization/metrics" }],
    };

    /// <summary>
    /// DSP-05 (and REF-01, which reuses its rules): a dispute's or a referral's files are uploaded in one request of up
    /// to five 25 MB files, past Kestrel's 30 MB default; only the POST to <c>{collection}/{key}/attachments</c> takes
    /// that much, streamed through to the service, which enforces the same limit.
    /// </summary>
    private static RouteConfig AttachmentUploads(Backend backend, string collection, string key) => new()
    {
        RouteId = $"{backend.Name}-attachments",
        ClusterId = backend.Name,
        Order = -1,
        AuthorizationPolicy = "default",
        MaxRequestBodySize = AttachmentLimits.MaxRequestBytes,
        Match = new RouteMatch { Path = $"/api/{backend.Name}/v1/{collection}/{{{key}}}/attachments", Methods = ["POST"] },
        Transforms = [new Dictionary<string, string> { ["PathPattern"] = $"/api/v1/{collection}/{{{key}}}/attachments" }],
    };

    private static IEnumerable<RouteConfig> ApiRoutes(Backend backend) =>
    [
        new RouteConfig
        {
            RouteId = $"{backend.Name}-openapi",
            ClusterId = backend.Name,
            Order = -1,
            AuthorizationPolicy = "anonymous",
            Match = new RouteMatch { Path = $"/api/{backend.Name}/openapi/{{**document}}" },
            Transforms = [new Dictionary<string, string> { ["PathPattern"] = "/openapi/{**document}" }],
        },
        new RouteConfig
        {
            RouteId = backend.Name,
            ClusterId = backend.Name,
            // Sign-in must be reachable without a token; the identity service guards its own endpoints.
            AuthorizationPolicy = backend.Name == "identity" ? "anonymous" : "default",
            Match = new RouteMatch { Path = $"/api/{backend.Name}/{{**rest}}" },
            Transforms = [new Dictionary<string, string> { ["PathPattern"] = "/api/{**rest}" }],
        },
    ];

    private static ClusterConfig Cluster(Backend backend) => new()
    {
        ClusterId = backend.Name,
        // Resolved by service discovery from services__<name>__http__0, as every HttpClient's "http://<name>" is.
        Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = $"http://{backend.Name}" } },
        HttpRequest = new ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(30) },
    };
}

/// <summary>A backend that is down must be reported within a second, not after the OS connect timeout.</summary>
public sealed class FastFailForwarderHttpClientFactory : ForwarderHttpClientFactory
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = TimeSpan.FromSeconds(1);
    }
}
