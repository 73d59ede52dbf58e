using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.Data;
using Platform.Contracts.Identifiers;

namespace Platform.Eligibility.Members;

/// <summary>
/// ELG-01: one member by CIN, MEDS ID or MBI, from <see cref="MemberCache"/> when it holds the member, else from the
/// database (then cached). Only this path is cached, the hottest one; a name search and the face sheet read the
/// database, since their answers depend on the caller's scope and list many members or rarer fields. The database
/// context is built only on a miss: on a hit its construction was a measurable share of the request.
/// </summary>
public sealed class MemberEntries(Lazy<EligibilityDbContext> database, MemberCache cache)
{
    public async Task<MemberEntry?> FindAsync(MemberIdentifier identifier, CancellationToken cancellationToken)
    {
        var cin = identifier.Kind == MemberIdKind.Cin ? identifier.Value : await cache.FindCinAsync(identifier.Value, cancellationToken);
        var cached = cin is null ? default : await cache.GetAsync(cin, cancellationToken);
        if (cached.Entry is { } entry && identifier.Identifies(entry.Member))
        {
            return entry;
        }

        // A member not found is not cached: one the enrollment feed adds must be found at once.
        var db = database.Value;
        if (await db.Members.AsNoTracking().Include(m => m.Spans).SingleOrDefaultAsync(identifier.Matches, cancellationToken) is not { } member)
        {
            return null;
        }

        var read = new MemberEntry(
            MemberSummary.Of(member),
            member.Spans,
            await CoverageNames.PcpNamesAsync(db, member.Spans, cancellationToken));
        if (member.Cin != cin)
        {
            // A MEDS ID or MBI not yet known to lead here: without the generation read before the database, this
            // entry may not be stored; the next lookup reads the generation by CIN first and stores it.
            await cache.RememberCinAsync(identifier.Value, member.Cin, cancellationToken);
        }
        else if (cached.Generation is { } generation)
        {
            await cache.StoreAsync(read, generation, cancellationToken);
        }

        return read;
    }
}
