using Platform.Identity.Admin;
using Platform.Identity.Users;
using Xunit;

namespace Platform.Identity.Tests;

public sealed class OneTimePasswordTests
{
    [Fact]
    public void ACC_05_one_time_passwords_meet_the_password_policy_and_never_repeat()
    {
        var email = AdminTestData.Email();

        var passwords = Enumerable.Range(0, 1000).Select(_ => OneTimePassword.For(email)).ToList();

        Assert.All(passwords, password => Assert.Null(PasswordPolicy.Check(password, email)));
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }
}
