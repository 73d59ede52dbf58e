using Platform.ServiceDefaults.Directory;

namespace Platform.Referral.Directory;

/// <summary>
/// The referral service's copy of the provider directory: who can be a referral's referred-to (servicing) provider,
/// whether they are tertiary (REF-06…09), and their group's TIN (REF-04's affiliated physicians).
/// </summary>
public sealed class DirectoryProvider : ProviderCopy
{
    public bool Tertiary { get; init; }

    /// <summary>The programs the provider contracts through: CCN and health network codes.</summary>
    public List<string> Networks { get; init; } = [];
}

public sealed class DirectoryProviderConfiguration : ProviderCopyConfiguration<DirectoryProvider>;
