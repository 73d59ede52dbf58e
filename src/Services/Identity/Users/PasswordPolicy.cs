namespace Platform.Identity.Users;

/// <summary>Length over composition rules (NIST SP 800-63B): long passphrases, nothing derived from the account.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    /// <summary>Why the password is refused, or null when it is acceptable.</summary>
    public static string? Check(string password, string email)
    {
        if (password.Length is < MinimumLength or > MaximumLength)
        {
            return $"A password has {MinimumLength} to {MaximumLength} characters.";
        }

        var localPart = email.Split('@')[0];
        return localPart.Length >= 3 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase)
            ? "A password must not contain the account's email name."
            : null;
    }
}
