using System.Globalization;

namespace Platform.PartnerApisBench;

/// <summary>
/// A real-time 270 as a partner's system sends it (005010X279A1, the guide's one-subscriber example): the plan as
/// information source, the member's PCP as receiver, the member by id (NM109) with the date of service (DTP*291),
/// asking for health benefit plan coverage (EQ*30); in one interchange from the partner to the plan, on one line.
/// </summary>
public static class Eligibility270
{
    public const string MediaType = "application/edi-x12";

    public static string For(PartnerMember member, DateOnly dateOfService, DateTimeOffset now, int controlNumber)
    {
        var (date, time, control) = (now.ToString("yyyyMMdd", CultureInfo.InvariantCulture), now.ToString("HHmm", CultureInfo.InvariantCulture), $"{controlNumber:D9}");
        string[] body =
        [
            $"BHT*0022*13*{control}*{date}*{time}",
            "HL*1**20*1",
            "NM1*PR*2*CALOPTIMA HEALTH*****PI*842610001",
            "HL*2*1*21*1",
            $"NM1*1P*1*PCP*****XX*{member.PcpNpi}",
            "HL*3*2*22*0",
            $"TRN*1*{control}*9877281234",
            $"NM1*IL*1*{member.LastName}*{member.FirstName}****MI*{member.Cin}",
            $"DTP*291*D8*{dateOfService:yyyyMMdd}",
            "EQ*30",
        ];
        // ISA's elements are fixed-width: sender and receiver ids take 15 characters.
        string[] segments =
        [
            $"ISA*00*{"",-10}*00*{"",-10}*ZZ*{PartnerMembers.Network,-15}*ZZ*{"CALOPTIMA",-15}*{date[2..]}*{time}*^*00501*{control}*0*P*:",
            $"GS*HS*{PartnerMembers.Network}*CALOPTIMA*{date}*{time}*{controlNumber}*X*005010X279A1",
            "ST*270*0001*005010X279A1",
            .. body,
            $"SE*{body.Length + 2}*0001",
            $"GE*1*{controlNumber}",
            $"IEA*1*{control}",
        ];
        return string.Join("~", segments) + "~";
    }
}
