namespace Platform.X12.Tests;

/// <summary>
/// Interchanges shaped as the 005010X279A1 guide's example 270 (an information source, a receiver, a subscriber with
/// a member id, date of birth, date of service and service type 30), with their envelopes varied by the tests.
/// </summary>
internal static class Interchanges
{
    public const string Isa = "ISA*00*          *00*          *ZZ*SUBMITTERS.ID  *ZZ*RECEIVERS.ID   *261207*1253*^*00501*000000905*1*T*:~";

    public static readonly string[] Eligibility270 =
    [
        "BHT*0022*13*10001234*20261207*1319",
        "HL*1**20*1",
        "NM1*PR*2*CALOPTIMA HEALTH*****PI*842610001",
        "HL*2*1*21*1",
        "NM1*1P*2*HARBOR PEDIATRICS*****XX*1000000012",
        "HL*3*2*22*0",
        "TRN*1*93175-012547*9877281234",
        "NM1*IL*1*SMITH*ROBERT****MI*012345678",
        "DMG*D8*19430519",
        "DTP*291*D8*20261207",
        "EQ*30",
    ];

    /// <summary>A 270 interchange: ST/SE counts and control numbers right unless the arguments say otherwise.</summary>
    public static string Of(string[]? body = null, int? seCount = null, string seControl = "1234", bool withGe = true, string geCount = "1", string ieaControl = "000000905") =>
        Isa + "GS*HS*SUBMITTERS.ID*RECEIVERS.ID*20261207*1253*1*X*005010X279A1~"
            + Set(body ?? Eligibility270, seCount, seControl)
            + (withGe ? $"GE*{geCount}*1~" : "")
            + $"IEA*1*{ieaControl}~";

    public static string Set(string[] body, int? seCount = null, string seControl = "1234", string control = "1234") =>
        $"ST*270*{control}*005010X279A1~" + string.Concat(body.Select(s => s + "~")) + $"SE*{seCount ?? body.Length + 2}*{seControl}~";
}
