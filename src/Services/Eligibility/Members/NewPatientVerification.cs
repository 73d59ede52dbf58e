using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.Data;
using Platform.ServiceDefaults.Audit;

namespace Platform.Eligibility.Members;

/// <summary>What a new-patient verification answers: verified, not verified (no such member or a wrong date — one
/// answer for both), or locked out until the given time.</summary>
public readonly record struct VerificationOutcome(bool Verified, TimeSpan? LockedFor);

/// <summary>
/// ELG-01's new-patient check (exact id and date of birth, outside the office's collection) must not become a way to
/// find a member's date of birth by trying dates. Real payer portals meet this the same way: two identifiers, failed
/// searches capped per account, the account's pattern reviewed. Here: at most <see cref="FailuresPerUser"/> failures
/// per user and <see cref="FailuresPerMember"/> per member (from any users) in a rolling <see cref="Window"/>; beyond
/// either, every attempt is refused with a 429 even with the right date, until the oldest failure ages out. Every
/// failure and refusal is audited and counted on the meter, so a plan reviewer can alert on them. The locks make the
/// limits hold under parallel guesses. A member's lockout can be caused by others: the office then calls the plan,
/// which is the price of not leaking a date of birth.
/// </summary>
public sealed class NewPatientVerification(Lazy<EligibilityDbContext> database, IAuditTrail audit, TimeProvider time, IMeterFactory meters)
{
    public const int FailuresPerUser = 10;
    public const int FailuresPerMember = 5;
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);
    public const string MeterName = "Platform.Eligibility";

    private const int LockClass = 20261202;
    private const string ResourceType = "MemberVerification";

    private readonly Counter<long> failures = meters.Create(MeterName).CreateCounter<long>("platform.eligibility.verification.failures", description: "New-patient verifications that did not match.");
    private readonly Counter<long> lockouts = meters.Create(MeterName).CreateCounter<long>("platform.eligibility.verification.lockouts", description: "New-patient verifications refused for too many failures.");

    public async Task<VerificationOutcome> VerifyAsync(string userId, string memberKey, string? cin, bool matches, CancellationToken cancellationToken)
    {
        var db = database.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // User first, then member, in every transaction: no two can wait on each other.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, hashtext({"user:" + userId}))", cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, hashtext({"member:" + memberKey}))", cancellationToken);
        var now = time.GetUtcNow();
        var since = now - Window;
        var lockedFor = Max(
            await LockedForAsync(db.VerificationFailures.Where(f => f.UserId == userId && f.FailedAt > since), FailuresPerUser, now, cancellationToken),
            await LockedForAsync(db.VerificationFailures.Where(f => f.MemberKey == memberKey && f.FailedAt > since), FailuresPerMember, now, cancellationToken));
        if (lockedFor is null && matches)
        {
            return new VerificationOutcome(true, null);
        }

        if (lockedFor is null)
        {
            db.VerificationFailures.Add(new VerificationFailure { UserId = userId, MemberKey = memberKey, FailedAt = now });
            failures.Add(1);
        }
        else
        {
            lockouts.Add(1);
        }

        db.AddAudit(audit, lockedFor is null ? AuditActions.Execute : AuditActions.Refuse, ResourceType, memberKey, cin is null ? [] : [cin]);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new VerificationOutcome(false, lockedFor);
    }

    private static async Task<TimeSpan?> LockedForAsync(IQueryable<VerificationFailure> recent, int limit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var times = await recent.OrderBy(f => f.FailedAt).Select(f => f.FailedAt).Take(limit).ToListAsync(cancellationToken);
        return times.Count < limit ? null : times[0] + Window - now;
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
