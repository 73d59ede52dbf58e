using System.Text.Json;
using Platform.Contracts.Eligibility;

namespace Platform.Eligibility.Members;

/// <summary>ELG-08: a member as MemberEligibilityChanged announces them, whole: demographics and every span, oldest first.</summary>
public static class MemberAnnouncement
{
    public static MemberEligibilityChanged Of(Member member, string batchId, DateTimeOffset at) =>
        new(
            member.Cin,
            member.Version,
            member.FirstName,
            member.LastName,
            member.DateOfBirth,
            [.. member.Spans.OrderBy(s => s.StartDate).Select(s => new CoverageSnapshot(
                JsonSerializer.Serialize(s.LineOfBusiness).Trim('"'), s.Program, s.PcpNpi, s.ShareOfCost, s.StartDate, s.EndDate))],
            batchId,
            at,
            member.DateOfDeath,
            member.MedsId,
            member.Mbi);
}
