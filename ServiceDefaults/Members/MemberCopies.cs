using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Eligibility;
using Platform.ServiceDefaults.Outbox;

namespace Platform.ServiceDefaults.Members;

/// <summary>A service's copy of a member, kept from eligibility's MemberEligibilityChanged (ELG-08), keyed by CIN.</summary>
public interface IMemberCopy
{
    long Version { get; }

    /// <summary>Takes what the service keeps of the member from the message, replacing its copy whole.</summary>
    void Apply(MemberEligibilityChanged message);
}

/// <summary>
/// A member as a service keeps them: identity, names, dates and what it needs of each coverage span
/// (<typeparamref name="TCoverage"/>), replaced whole by each newer <see cref="Version"/>.
/// </summary>
public abstract class MemberCopy<TCoverage> : IMemberCopy
{
    public required string Cin { get; init; }

    public long Version { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public DateOnly DateOfBirth { get; set; }

    public DateOnly? DateOfDeath { get; set; }

    public List<TCoverage> Coverage { get; set; } = [];

    /// <summary>A copy that keeps more of the message (the roster's MEDS ID and MBI) overrides this and calls it first.</summary>
    public virtual void Apply(MemberEligibilityChanged message)
    {
        (Version, FirstName, LastName, DateOfBirth, DateOfDeath) = (message.Version, message.FirstName, message.LastName, message.DateOfBirth, message.DateOfDeath);
        Coverage = [.. message.Coverage.Select(Copy)];
    }

    /// <summary>What the service keeps of one span.</summary>
    protected abstract TCoverage Copy(CoverageSnapshot span);
}

/// <summary>
/// Keeps a service's member copies: a new member is added, a newer message replaces the copy, and a message older than
/// the copy is ignored, since the bus does not promise order.
/// </summary>
public abstract class MemberCopyConsumer<TContext, TMember>(TContext db, TimeProvider time) : IdempotentConsumer<TContext, MemberEligibilityChanged>(db, time)
    where TContext : DbContext
    where TMember : class, IMemberCopy
{
    /// <summary>A copy of a member this service has not heard of, before <see cref="IMemberCopy.Apply"/>.</summary>
    protected abstract TMember Create(MemberEligibilityChanged message);

    protected override async Task ApplyAsync(MemberEligibilityChanged message, CancellationToken cancellationToken)
    {
        var member = await Db.Set<TMember>().FindAsync([message.Cin], cancellationToken);
        if (member is null)
        {
            member = Create(message);
            Db.Set<TMember>().Add(member);
        }
        else if (member.Version >= message.Version)
        {
            return;
        }

        member.Apply(message);
    }
}
