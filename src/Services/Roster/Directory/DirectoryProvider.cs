using Platform.ServiceDefaults.Directory;

namespace Platform.Roster.Directory;

/// <summary>
/// The roster service's copy of the provider directory: whom a roster can belong to, and how RST-02/03's provider search
/// finds them (name, provider id, TIN).
/// </summary>
public sealed class DirectoryProvider : ProviderCopy;

public sealed class DirectoryProviderConfiguration : ProviderCopyConfiguration<DirectoryProvider>;
