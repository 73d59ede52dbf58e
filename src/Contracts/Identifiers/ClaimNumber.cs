namespace Platform.Contracts.Identifiers;

/// <summary>A claim number as the plan's claims system assigns it: 5 to 20 letters, digits or hyphens.</summary>
public static class ClaimNumber
{
    public const string Pattern = "^[A-Za-z0-9-]{5,20}$";
    public const string Message = "A claim number is 5 to 20 letters, digits or hyphens.";

    public static bool IsValid(string? text) =>
        text is { Length: >= 5 and <= 20 } && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
