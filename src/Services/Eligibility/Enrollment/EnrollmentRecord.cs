using Platform.Contracts.Dates;
using Platform.Contracts.Identifiers;
using Identifiers = Platform.Contracts.Identifiers;
using Platform.Eligibility.Members;

namespace Platform.Eligibility.Enrollment;

/// <summary>
/// ELG-08: one line of an enrollment batch (format enrollment/1, JSON Lines). <see cref="Kind"/> says what the
/// line does and which fields it carries:
/// member (demographics, new or corrected), span (new coverage), termination (coverage ends on endDate),
/// program (the member moves to another program or network from effectiveDate) and pcp (another PCP from effectiveDate).
/// </summary>
public sealed record EnrollmentRecord(
    string? Kind,
    string? Cin,
    string? MedsId = null,
    string? Mbi = null,
    string? FirstName = null,
    string? LastName = null,
    DateOnly? DateOfBirth = null,
    string? Sex = null,
    string? PreferredLanguage = null,
    LineOfBusiness? LineOfBusiness = null,
    string? Program = null,
    string? PcpNpi = null,
    decimal? ShareOfCost = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    DateOnly? EffectiveDate = null,
    DateOnly? DateOfDeath = null)
{
    public const string MemberKind = "member";
    public const string SpanKind = "span";
    public const string TerminationKind = "termination";
    public const string ProgramKind = "program";
    public const string PcpKind = "pcp";

    private static readonly string[] Sexes = ["F", "M", "U", "X"];

    private static readonly (string Name, Func<EnrollmentRecord, object?> Value)[] Fields =
    [
        ("cin", r => r.Cin), ("medsId", r => r.MedsId), ("mbi", r => r.Mbi), ("firstName", r => r.FirstName),
        ("lastName", r => r.LastName), ("dateOfBirth", r => r.DateOfBirth), ("sex", r => r.Sex),
        ("preferredLanguage", r => r.PreferredLanguage), ("lineOfBusiness", r => r.LineOfBusiness), ("program", r => r.Program),
        ("pcpNpi", r => r.PcpNpi), ("shareOfCost", r => r.ShareOfCost), ("startDate", r => r.StartDate),
        ("endDate", r => r.EndDate), ("effectiveDate", r => r.EffectiveDate), ("dateOfDeath", r => r.DateOfDeath),
    ];

    /// <summary>The fields each kind must carry, then those it may.</summary>
    private static readonly Dictionary<string, (string[] Required, string[] Optional)> Kinds = new()
    {
        [MemberKind] = (["cin", "medsId", "firstName", "lastName", "dateOfBirth", "sex", "preferredLanguage"], ["mbi", "dateOfDeath"]),
        [SpanKind] = (["cin", "lineOfBusiness", "program", "startDate"], ["pcpNpi", "shareOfCost", "endDate"]),
        [TerminationKind] = (["cin", "lineOfBusiness", "endDate"], []),
        [ProgramKind] = (["cin", "lineOfBusiness", "program", "effectiveDate"], ["pcpNpi"]),
        [PcpKind] = (["cin", "lineOfBusiness", "pcpNpi", "effectiveDate"], []),
    };

    /// <summary>The first thing wrong with the line on its own (before it meets the plan's data), or null.</summary>
    public (string Field, string Detail)? Check()
    {
        if (Kind is null || !Kinds.TryGetValue(Kind, out var kind))
        {
            return ("kind", $"Must be one of {string.Join(", ", Kinds.Keys)}.");
        }

        foreach (var (name, value) in Fields)
        {
            var present = value(this) is not null;
            if (!present && kind.Required.Contains(name))
            {
                return (name, $"A {Kind} record needs {name}.");
            }

            if (present && !kind.Required.Contains(name) && !kind.Optional.Contains(name))
            {
                return (name, $"A {Kind} record does not carry {name}.");
            }
        }

        return CheckFormats();
    }

    private (string Field, string Detail)? CheckFormats() => this switch
    {
        _ when !Identifiers.Cin.TryParse(Cin, out _) => ("cin", "A CIN is eight digits followed by a letter."),
        { MedsId: { } meds } when !Identifiers.MedsId.TryParse(meds, out _) => ("medsId", "A MEDS ID is nine characters."),
        { Mbi: { } mbi } when !Identifiers.Mbi.TryParse(mbi, out _) => ("mbi", "Not a Medicare Beneficiary Identifier."),
        { PcpNpi: { } npi } when !Npi.TryParse(npi, out _) => ("pcpNpi", Npi.Message),
        { FirstName: { } first } when !Fits(first, 50) => ("firstName", "Between 1 and 50 characters."),
        { LastName: { } last } when !Fits(last, 50) => ("lastName", "Between 1 and 50 characters."),
        { PreferredLanguage: { } language } when !Fits(language, 30) => ("preferredLanguage", "Between 1 and 30 characters."),
        { Sex: { } sex } when !Sexes.Contains(sex) => ("sex", "F, M, U (unknown) or X (nonbinary)."),
        { Program: { } program } when !Fits(program, 20) => ("program", "COD, CCN or a health network's code."),
        { ShareOfCost: { } amount } when amount < 0 || amount > 9_999_999.99m || decimal.Round(amount, 2) != amount =>
            ("shareOfCost", "A monthly amount in dollars and cents, zero or more."),
        { DateOfBirth: { } born } when DateBounds.Birth(born) is { } problem => ("dateOfBirth", problem),
        { DateOfDeath: { } died } when DateBounds.Death(died) is { } problem => ("dateOfDeath", problem),
        { DateOfBirth: { } born, DateOfDeath: { } died } when died < born => ("dateOfDeath", "A date of death cannot be before the date of birth."),
        { StartDate: { } start } when DateBounds.Coverage(start) is { } problem => ("startDate", problem),
        { EndDate: { } end } when DateBounds.Coverage(end) is { } problem => ("endDate", problem),
        { EffectiveDate: { } effective } when DateBounds.Coverage(effective) is { } problem => ("effectiveDate", problem),
        { StartDate: { } start, EndDate: { } end } when end < start => ("endDate", "Coverage cannot end before it starts."),
        _ => null,
    };

    private static bool Fits(string text, int length) => text.Trim() is { Length: > 0 } trimmed && trimmed.Length <= length;
}
