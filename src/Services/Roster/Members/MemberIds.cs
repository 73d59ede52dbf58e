using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Roster.Data;

namespace Platform.Roster.Members;

public static class MemberIds
{
    /// <summary>
    /// RST-03: the CINs a member id of any kind names — a CIN itself, else the copies carrying that MEDS ID or MBI (one,
    /// unless a correction is half-way through).
    /// </summary>
    public static async Task<List<string>> CinsAsync(this RosterDbContext db, MemberId id, CancellationToken cancellationToken) =>
        id.Kind == MemberIdKind.Cin ? [id.Value] : await db.Members.Where(RosterMember.Identified(id)).Select(m => m.Cin).ToListAsync(cancellationToken);
}
