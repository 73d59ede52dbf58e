using System.Collections;

namespace Platform.AppHost.Hosting;

/// <summary>
/// The configuration contract a project receives, under exactly the names an Aspire AppHost uses, so services
/// run unchanged under Aspire, under this AppHost, in Kubernetes or from an IDE.
/// </summary>
internal static class ProjectEnvironment
{
    private static readonly string[] ContractPrefixes = ["ConnectionStrings__", "services__"];

    /// <summary>The project's whole environment: the AppHost's own, less the contract's keys, plus the contract.</summary>
    public static Dictionary<string, string> For(ProjectResource project, PlatformContext context)
    {
        // Inheriting is how OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_EXPORTER_OTLP_PROTOCOL reach a project exactly
        // when they are set. Inherited connection strings and service addresses are dropped: a project sees only
        // what it references, as under Aspire, so a missing reference shows here rather than in Kubernetes.
        var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .Select(variable => (Name: (string)variable.Key, Value: (string?)variable.Value ?? ""))
            .Where(variable => !ContractPrefixes.Any(
                prefix => variable.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToDictionary(variable => variable.Name, variable => variable.Value);

        environment["ASPNETCORE_URLS"] = project.BaseAddress;
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["OTEL_SERVICE_NAME"] = project.Name;
        environment["Auth__Issuer"] = "platform-identity";
        environment["Auth__Audience"] = "platform";

        foreach (var reference in project.References)
        {
            switch (reference)
            {
                case ResourceWithConnectionString resource:
                    environment[$"ConnectionStrings__{resource.Name}"] = resource.ConnectionString
                        ?? throw new InvalidOperationException(
                            $"{project.Name} references {resource.Name}, which has not started.");
                    break;
                case ProjectResource service:
                    environment[$"services__{service.Name}__http__0"] = service.BaseAddress;
                    break;
            }
        }

        foreach (var (name, value) in project.Environment)
        {
            environment[name] = value;
        }

        return environment;
    }
}
