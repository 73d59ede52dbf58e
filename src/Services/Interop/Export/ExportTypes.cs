using Platform.ServiceDefaults.Auth;

namespace Platform.Interop.Export;

/// <summary>The resource types a Provider Access export writes, and the module permission each needs (SMART scopes map onto them).</summary>
public static class ExportTypes
{
    public const string Patient = "Patient";
    public const string Coverage = "Coverage";
    public const string ExplanationOfBenefit = "ExplanationOfBenefit";

    public static readonly IReadOnlyDictionary<string, string> Permission = new Dictionary<string, string>
    {
        [Patient] = Modules.Members, [Coverage] = Modules.Members, [ExplanationOfBenefit] = Modules.Claims,
    };

    public static IEnumerable<string> All => Permission.Keys;
}
