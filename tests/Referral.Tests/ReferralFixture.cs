using Microsoft.Extensions.DependencyInjection;
using Platform.Referral.Data;
using Platform.Referral.PriorAuthorization;
using Platform.Testing;

namespace Platform.Referral.Tests;

/// <summary>The referral service on a fresh database, with the checked-in PA code lists loaded as its migrate step loads them.</summary>
public sealed class ReferralFixture() : ServiceFixture<Program, ReferralDbContext>("referraldb")
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        await PaCodeListSeed.ApplyAsync(scope.ServiceProvider, CancellationToken.None);
    }
}
