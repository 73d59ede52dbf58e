using Platform.Eligibility.Data;
using Platform.ServiceDefaults.Auth;

namespace Platform.Eligibility.Members;

/// <summary>
/// ACC-01/06: the members a caller may see — one of whose spans (past or present) is assigned to a PCP of the
/// caller's collection, or, for a partner, belongs to its network's program; plan staff see all. The rest answer
/// 404, never 403. One rule in two forms: a query for searches, and a test of spans in memory for a member already
/// read (from the cache or the database); both rest on <see cref="ScopedQueries.VisibleTo"/> and its twin
/// <see cref="CallerScope.CanSee"/>, and a test holds them equal.
/// </summary>
public static class MemberScope
{
    public static IQueryable<Member> VisibleMembers(this EligibilityDbContext db, CallerScope scope)
    {
        if (scope.IsPlanWide)
        {
            return db.Members;
        }

        // A COD span has no PCP: it can only make a member visible to the plan or to no one (the null never matches).
        var spans = db.CoverageSpans.VisibleTo(scope, s => s.PcpNpi!, s => s.Program);
        return db.Members.Where(m => spans.Any(s => s.MemberCin == m.Cin));
    }

    public static bool AreVisibleTo(this IEnumerable<CoverageSpan> spans, CallerScope scope) =>
        scope.IsPlanWide || spans.Any(s => scope.CanSee(s.PcpNpi, s.Program));
}
