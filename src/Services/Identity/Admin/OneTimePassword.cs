using System.Security.Cryptography;
using Platform.Identity.Users;

namespace Platform.Identity.Admin;

/// <summary>
/// The password an administrator hands to a new user, who must replace it before signing in (ACC-05: the
/// administrator never knows the password the account is used with).
/// </summary>
public static class OneTimePassword
{
    // No look-alikes (0/O, 1/l/I): it is read off a screen and typed once. 20 of 56 symbols: about 116 bits.
    private const string Symbols = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    public const int Length = 20;

    public static string For(string email)
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(Symbols, Length);
            // Only the (astronomically unlikely) draw that spells the email's name is refused by the policy.
            if (PasswordPolicy.Check(password, email) is null)
            {
                return password;
            }
        }
    }
}
