using Microsoft.EntityFrameworkCore;
using Platform.Referral.Data;

namespace Platform.Referral.Drafts;

/// <summary>
/// Deletes drafts left untouched for <see cref="Retention"/>: a referral started and never submitted keeps a provider
/// choice and, for a tertiary provider, a justification that may describe the member's condition — not to be kept
/// without end. A submitted draft is gone already (the submission consumes it).
/// </summary>
public sealed class ReferralDraftPurge(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReferralDraftPurge> logger) : BackgroundService
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public static Task<int> PurgeAsync(ReferralDbContext db, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        db.ReferralDrafts.Where(d => d.UpdatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var purged = await PurgeAsync(scope.ServiceProvider.GetRequiredService<ReferralDbContext>(), time.GetUtcNow() - Retention, stoppingToken);
                logger.LogDebug("Purged {Count} abandoned referral drafts", purged);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The next tick tries again; an abandoned draft kept an hour longer harms nobody.
                logger.LogWarning("Could not purge abandoned referral drafts: {Reason}", exception.Message);
            }
        }
    }
}
