namespace Platform.Gateway;

/// <summary>A service behind the gateway, served at /api/&lt;Name&gt;/.</summary>
public sealed record Backend(string Name, Uri Address);

public static class Backends
{
    /// <summary>Every service the AppHost (or Kubernetes) gave an address: services__&lt;name&gt;__http__0.</summary>
    public static IReadOnlyList<Backend> FromConfiguration(IConfiguration configuration) =>
        configuration.GetSection("services").GetChildren()
            .Select(service => (service.Key, Address: service["http:0"]))
            .Where(service => !string.IsNullOrWhiteSpace(service.Address))
            .Select(service => new Backend(service.Key.ToLowerInvariant(), new Uri(service.Address!)))
            .OrderBy(backend => backend.Name, StringComparer.Ordinal)
            .ToList();
}
