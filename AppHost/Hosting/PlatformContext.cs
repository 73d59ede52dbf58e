namespace Platform.AppHost.Hosting;

/// <summary>What every runner of one app shares.</summary>
/// <param name="ProjectOutputFolder">bin/&lt;Configuration&gt;/&lt;TargetFramework&gt;, in each project's folder.</param>
/// <param name="GivenConnectionStrings">Infrastructure to use as it is, by resource name.</param>
internal sealed record PlatformContext(
    string RepoRoot,
    string ProjectOutputFolder,
    ResourceLog Log,
    IReadOnlyDictionary<string, string> GivenConnectionStrings);
