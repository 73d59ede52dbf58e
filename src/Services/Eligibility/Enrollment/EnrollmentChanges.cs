using Platform.Eligibility.Members;
using Platform.Eligibility.Providers;

namespace Platform.Eligibility.Enrollment;

/// <summary>
/// ELG-08: applies checked records, in file order, to the members a batch touches. A record is checked against the
/// plan's data as the earlier lines left it, and either changes what it says or nothing at all, so a refused line
/// never leaves half a change behind.
/// </summary>
public sealed class EnrollmentChanges(
    Dictionary<string, Member> members,
    IReadOnlySet<string> programs,
    IReadOnlyDictionary<string, Provider> providers,
    Dictionary<string, string> medsIdOwners,
    Dictionary<string, string> mbiOwners,
    Action<Member> addMember)
{
    /// <summary>CINs of the members some record changed.</summary>
    public HashSet<string> Changed { get; } = [];

    public Member Member(string cin) => members[cin];

    public (string Field, string Detail)? Apply(EnrollmentRecord record)
    {
        var cin = record.Cin!.Trim().ToUpperInvariant();
        if (record.Kind == EnrollmentRecord.MemberKind)
        {
            return ApplyMember(cin, record);
        }

        if (!members.TryGetValue(cin, out var member))
        {
            return ("cin", "No member has this CIN; send the member record before its coverage.");
        }

        return record.Kind switch
        {
            EnrollmentRecord.SpanKind => AddSpan(member, record),
            EnrollmentRecord.TerminationKind => Terminate(member, record.LineOfBusiness!.Value, record.EndDate!.Value),
            _ => Reassign(member, record),
        };
    }

    private (string, string)? ApplyMember(string cin, EnrollmentRecord record)
    {
        var medsId = record.MedsId!.Trim().ToUpperInvariant();
        var mbi = record.Mbi?.Trim().ToUpperInvariant();
        if (medsIdOwners.GetValueOrDefault(medsId) is { } medsOwner && medsOwner != cin)
        {
            return ("medsId", $"Member {medsOwner} already has this MEDS ID.");
        }

        if (mbi is not null && mbiOwners.GetValueOrDefault(mbi) is { } mbiOwner && mbiOwner != cin)
        {
            return ("mbi", $"Member {mbiOwner} already has this MBI.");
        }

        if (!members.TryGetValue(cin, out var member))
        {
            member = new Member
            {
                Cin = cin, MedsId = medsId, FirstName = "", LastName = "", Sex = record.Sex!, PreferredLanguage = "",
            };
            members[cin] = member;
            addMember(member);
        }

        var before = (member.MedsId, member.Mbi, member.FirstName, member.LastName, member.DateOfBirth, member.DateOfDeath, member.Sex, member.PreferredLanguage);
        Release(medsIdOwners, member.MedsId, cin);
        Release(mbiOwners, member.Mbi, cin);
        member.MedsId = medsId;
        member.Mbi = mbi;
        member.FirstName = record.FirstName!.Trim();
        member.LastName = record.LastName!.Trim();
        member.DateOfBirth = record.DateOfBirth!.Value;
        member.DateOfDeath = record.DateOfDeath;
        member.Sex = record.Sex!;
        member.PreferredLanguage = record.PreferredLanguage!.Trim();
        medsIdOwners[medsId] = cin;
        if (mbi is not null)
        {
            mbiOwners[mbi] = cin;
        }

        if (before != (member.MedsId, member.Mbi, member.FirstName, member.LastName, member.DateOfBirth, member.DateOfDeath, member.Sex, member.PreferredLanguage))
        {
            Changed.Add(cin);
        }

        return null;
    }

    private (string, string)? AddSpan(Member member, EnrollmentRecord record)
    {
        var lineOfBusiness = record.LineOfBusiness!.Value;
        var (start, end) = (record.StartDate!.Value, record.EndDate);
        if (CheckAssignment(record.Program!, record.PcpNpi) is { } fault)
        {
            return fault;
        }

        if (member.Spans.FirstOrDefault(s => s.LineOfBusiness == lineOfBusiness && s.Overlaps(start, end)) is { } overlapped)
        {
            return ("startDate", $"Overlaps the member's {lineOfBusiness} coverage from {overlapped.StartDate:yyyy-MM-dd}.");
        }

        member.Spans.Add(new CoverageSpan
        {
            MemberCin = member.Cin, LineOfBusiness = lineOfBusiness, Program = record.Program!, PcpNpi = record.PcpNpi,
            ShareOfCost = record.ShareOfCost ?? 0m, StartDate = start, EndDate = end,
        });
        Changed.Add(member.Cin);
        return null;
    }

    private (string, string)? Terminate(Member member, LineOfBusiness lineOfBusiness, DateOnly lastDay)
    {
        if (member.Spans.FirstOrDefault(s => s.LineOfBusiness == lineOfBusiness && s.Covers(lastDay)) is not { } span)
        {
            return ("endDate", $"The member has no {lineOfBusiness} coverage on {lastDay:yyyy-MM-dd} to end.");
        }

        if (span.EndDate != lastDay)
        {
            span.EndDate = lastDay;
            Changed.Add(member.Cin);
        }

        return null;
    }

    /// <summary>A program or PCP change: the covering span ends the day before, and a successor carries on from the date.</summary>
    private (string, string)? Reassign(Member member, EnrollmentRecord record)
    {
        var lineOfBusiness = record.LineOfBusiness!.Value;
        var effective = record.EffectiveDate!.Value;
        if (member.Spans.FirstOrDefault(s => s.LineOfBusiness == lineOfBusiness && s.Covers(effective)) is not { } span)
        {
            return ("effectiveDate", $"The member has no {lineOfBusiness} coverage on {effective:yyyy-MM-dd} to change.");
        }

        var program = record.Kind == EnrollmentRecord.ProgramKind ? record.Program! : span.Program;
        if (CheckAssignment(program, record.PcpNpi) is { } fault)
        {
            return fault;
        }

        if (program == span.Program && record.PcpNpi == span.PcpNpi)
        {
            return null;
        }

        var until = span.EndDate;
        if (span.StartDate == effective)
        {
            // Replaced from its first day: nothing of the old assignment was ever in force.
            member.Spans.Remove(span);
        }
        else
        {
            span.EndDate = effective.AddDays(-1);
        }

        member.Spans.Add(new CoverageSpan
        {
            MemberCin = member.Cin, LineOfBusiness = lineOfBusiness, Program = program, PcpNpi = record.PcpNpi,
            ShareOfCost = span.ShareOfCost, StartDate = effective, EndDate = until,
        });
        Changed.Add(member.Cin);
        return null;
    }

    /// <summary>ELG-03/05: a known program; no PCP under COD; any other PCP is a PCP contracted through the program.</summary>
    private (string, string)? CheckAssignment(string program, string? pcpNpi)
    {
        if (!programs.Contains(program))
        {
            return ("program", "Not COD, CCN or a health network's code.");
        }

        if (program == CoverageSpan.Direct)
        {
            return pcpNpi is null ? null : ("pcpNpi", "COD members have no assigned PCP (ELG-05).");
        }

        return pcpNpi is null || (providers.GetValueOrDefault(pcpNpi) is { Type: ProviderType.Pcp } pcp && pcp.Networks.Contains(program))
            ? null
            : ("pcpNpi", $"No PCP with this NPI contracts through {program}.");
    }

    private static void Release(Dictionary<string, string> owners, string? id, string cin)
    {
        if (id is not null && owners.GetValueOrDefault(id) == cin)
        {
            owners.Remove(id);
        }
    }
}
