using Platform.Contracts.Eligibility;
using Platform.Reporting.Data;
using Platform.Reporting.Directory;
using Platform.Reporting.Members;
using Platform.Reporting.Pharmacy;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using static Platform.Reporting.Tests.Pdc.Fills;

namespace Platform.Reporting.Tests.Pdc;

/// <summary>
/// Hand-worked PDC rows on June 15, 2026 (RPT-02/03): office 1 (a CCN PCP and a specialist), office 2 (a Kaiser PCP).
/// <list type="bullet">
/// <item><see cref="Adherent"/>: CCN, office 1's PCP; valsartan 1/5 ×30, 2/10 ×30, 3/20 ×90 → 148 of 162 days, PDC 91.4 %,
/// last supply 90 days (an oral under 100): PRIORITY 1 &lt;100.</item>
/// <item><see cref="PastDue"/>: COD (no PCP), office 1's specialist prescribes atorvastatin 1/10 ×30, 2/9 ×30 → due 3/11: PAST DUE.</item>
/// <item><see cref="Kaiser"/>: Kaiser, office 2's PCP; lisinopril.</item>
/// <item><see cref="Hospice"/> (excluded), <see cref="InsulinUser"/> (statin row only), <see cref="PramlintideOnly"/> (no row): CCN, office 1's PCP.</item>
/// </list>
/// </summary>
public sealed class PdcScenario
{
    /// <summary>Noon in Orange County on the report day.</summary>
    public static readonly DateTimeOffset ReportedAt = new(2026, 6, 15, 19, 0, 0, TimeSpan.Zero);

    public string CcnPcp { get; } = TestData.Npi();
    public string Specialist { get; } = TestData.Npi();
    public string KaiserPcp { get; } = TestData.Npi();
    public string Adherent { get; } = TestData.Cin();
    public string PastDue { get; } = TestData.Cin();
    public string Kaiser { get; } = TestData.Cin();
    public string Hospice { get; } = TestData.Cin();
    public string InsulinUser { get; } = TestData.Cin();
    public string PramlintideOnly { get; } = TestData.Cin();

    public string OfficeOne => TestTokens.ForProviders([CcnPcp, Specialist], Modules.Reports);

    public string OfficeTwo => TestTokens.ForProviders([KaiserPcp], Modules.Reports);

    public static string Staff => TestTokens.For(Roles.PlanStaff, Modules.Reports);

    public async Task SeedAsync(ReportingDbContext db)
    {
        db.Providers.AddRange(
            Provider(CcnPcp, "111111111", "Avery Chen MD", "PCP", Programs.CommunityNetwork),
            Provider(Specialist, "111111111", "Blake Ortiz MD", "Specialist", Programs.CommunityNetwork),
            Provider(KaiserPcp, "222222222", "Casey Park MD", "PCP", "KAISER"));
        db.Members.AddRange(
            Member(Adherent, "Rivera", Programs.CommunityNetwork, CcnPcp), Member(PastDue, "Nguyen", Programs.Direct, null),
            Member(Kaiser, "Smith", "KAISER", KaiserPcp), Member(Hospice, "Lopez", Programs.CommunityNetwork, CcnPcp),
            Member(InsulinUser, "Garcia", Programs.CommunityNetwork, CcnPcp), Member(PramlintideOnly, "Tran", Programs.CommunityNetwork, CcnPcp));
        db.PharmacyFills.AddRange(
            Fill(Adherent, "valsartan", "2026-01-05", 30, CcnPcp), Fill(Adherent, "valsartan", "2026-02-10", 30, CcnPcp), Fill(Adherent, "valsartan", "2026-03-20", 90, CcnPcp),
            Fill(PastDue, "atorvastatin", "2026-01-10", 30, Specialist), Fill(PastDue, "atorvastatin", "2026-02-09", 30, Specialist),
            Fill(Kaiser, "lisinopril", "2026-01-02", 90, KaiserPcp), Fill(Kaiser, "lisinopril", "2026-04-01", 90, KaiserPcp),
            Fill(Hospice, "losartan", "2026-01-02", 90, CcnPcp), Fill(Hospice, "losartan", "2026-04-01", 90, CcnPcp),
            Fill(InsulinUser, "metformin", "2026-01-03", 90, CcnPcp), Fill(InsulinUser, "metformin", "2026-04-03", 90, CcnPcp),
            Fill(InsulinUser, "insulin glargine", "2026-02-01", 30, CcnPcp),
            Fill(InsulinUser, "rosuvastatin", "2026-01-03", 90, CcnPcp), Fill(InsulinUser, "rosuvastatin", "2026-04-03", 90, CcnPcp),
            Fill(PramlintideOnly, "pramlintide", "2026-01-03", 30, CcnPcp), Fill(PramlintideOnly, "pramlintide", "2026-02-03", 30, CcnPcp));
        db.MemberExclusions.Add(new MemberExclusion { Cin = Hospice, Kind = ExclusionKind.Hospice, From = Day("2026-05-01") });
        await db.SaveChangesAsync();
    }

    private static ReportingProvider Provider(string npi, string tin, string name, string type, string network) =>
        new() { Npi = npi, Tin = tin, Name = name, Type = type, Specialty = type == "PCP" ? "Family Medicine" : "Cardiology", Networks = [network], JoinedOn = Day("2020-01-01") };

    private static ReportingMember Member(string cin, string lastName, string program, string? pcp) => new()
    {
        Cin = cin, FirstName = "Pat", LastName = lastName, DateOfBirth = Day("1961-03-04"),
        Coverage = [new ReportingMemberCoverage("Medi-Cal", program, pcp, Day("2024-01-01"), null)],
    };

    private static PharmacyFill Fill(string cin, string drug, string date, int days, string prescriber) => Of(drug, date, days, cin, prescriber);
}
