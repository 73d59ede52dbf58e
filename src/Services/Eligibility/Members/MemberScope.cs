using Platform.Eligibility.Data;
using Platform.ServiceDefaults.Auth;

namespace Platform.Eligibility.Members;

public static class MemberScope
{
    /// <summary>
    /// ACC-01/06: the members a caller may see — one of whose spans (past or present) is assigned to a PCP of the
    /// caller's collection, or, for a partner, belongs to its network's program; plan staff see all. The rest
    /// answer 404, never 403.
    /// </summary>
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
}
