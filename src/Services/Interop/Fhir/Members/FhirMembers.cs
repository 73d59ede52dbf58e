using Hl7.Fhir.Model;

namespace Platform.Interop.Fhir.Members;

/// <summary>A member as the FHIR API publishes them, whatever the source (the eligibility API, a bulk export's copy).</summary>
/// <param name="Sex">As the state's enrollment file codes it: F, M, U or X; null when the source has none.</param>
/// <param name="PcpNpi">The PCP assigned today, null when none (COD, or not eligible).</param>
public sealed record FhirMember(
    string Cin, string? MedsId, string? Mbi, string FirstName, string LastName, DateOnly BirthDate, DateOnly? DeathDate, string? Sex, string? PcpNpi);

/// <summary>One coverage span of a member: a line of business in one program (COD, CCN or a health network).</summary>
public sealed record FhirCoverageSpan(
    string Cin, string LineOfBusiness, string Program, string ProgramName, string? PcpNpi, decimal ShareOfCost, DateOnly Start, DateOnly? End);

/// <summary>The pure mappings of members and their coverage onto FHIR R4 Patient and Coverage (US Core / CARIN BB shapes).</summary>
public static class FhirMembers
{
    /// <summary>The Patient's id is the CIN: the plan's own member number, stable for life, the key every owner API takes.</summary>
    public static Patient Patient(FhirMember member)
    {
        var patient = new Patient
        {
            Id = member.Cin,
            Active = true,
            Identifier = [.. Identifiers(member)],
            Name = [new HumanName { Use = HumanName.NameUse.Official, Family = member.LastName, Given = [member.FirstName] }],
            Gender = GenderOf(member.Sex),
            BirthDate = member.BirthDate.ToString("yyyy-MM-dd"),
            Deceased = member.DeathDate is { } died ? new FhirDateTime(died.ToString("yyyy-MM-dd")) : null,
        };
        if (member.PcpNpi is { } npi)
        {
            // A logical reference: the API serves no Practitioner, the NPI names one anywhere.
            patient.GeneralPractitioner = [new ResourceReference { Identifier = new Identifier(FhirSystems.Npi, npi) }];
        }

        return patient;
    }

    /// <summary>
    /// The Coverage's id is the CIN, the line of business and the span's first day: a member has one span of a line of
    /// business at a time, so the three name it for good (an end date or a PCP change does not move it) without
    /// exposing the owner's internal row id.
    /// </summary>
    public static string CoverageId(string cin, string lineOfBusiness, DateOnly start) => $"{cin}-{LineOfBusinessCode(lineOfBusiness)}-{start:yyyyMMdd}";

    /// <summary>Cancelled once the span has ended before <paramref name="today"/>; active while it covers or will.</summary>
    public static Coverage Coverage(FhirCoverageSpan span, DateOnly today)
    {
        var coverage = new Coverage
        {
            Id = CoverageId(span.Cin, span.LineOfBusiness, span.Start),
            Contained = [FhirPlan.Organization()],
            Identifier = [MemberNumber(span.Cin)],
            Status = span.End is { } end && end < today ? FinancialResourceStatusCodes.Cancelled : FinancialResourceStatusCodes.Active,
            Type = PayerType(span.LineOfBusiness),
            SubscriberId = span.Cin,
            Beneficiary = PatientReference(span.Cin),
            Relationship = new CodeableConcept("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self"),
            Period = new Period { Start = span.Start.ToString("yyyy-MM-dd"), End = span.End?.ToString("yyyy-MM-dd") },
            Payor = [FhirPlan.Reference],
            Class =
            [
                Class("plan", span.LineOfBusiness, span.LineOfBusiness),
                Class("group", span.Program, span.ProgramName),
            ],
        };
        if (span.ShareOfCost > 0)
        {
            // ELG-02: the monthly amount the member pays before Medi-Cal pays.
            coverage.CostToBeneficiary =
            [
                new Coverage.CostToBeneficiaryComponent
                {
                    Type = new CodeableConcept { Text = "Share of cost (monthly)" },
                    Value = new Money { Value = span.ShareOfCost, Currency = Money.Currencies.USD },
                },
            ];
        }

        return coverage;
    }

    public static ResourceReference PatientReference(string cin) => new($"Patient/{cin}");

    /// <summary>The CIN as a member number: the identifier of a Patient and of each of the member's Coverages.</summary>
    public static Identifier MemberNumber(string cin) => new(FhirSystems.Cin, cin)
    {
        Use = Identifier.IdentifierUse.Usual,
        Type = new CodeableConcept(FhirSystems.IdentifierType, "MB", "Member Number"),
    };

    private static IEnumerable<Identifier> Identifiers(FhirMember member)
    {
        yield return MemberNumber(member.Cin);
        // A copy kept from an older announcement may lack the MEDS ID.
        if (member.MedsId is { } medsId)
        {
            yield return new Identifier(FhirSystems.MedsId, medsId) { Use = Identifier.IdentifierUse.Secondary, Type = new CodeableConcept { Text = "MEDS ID" } };
        }

        if (member.Mbi is { } mbi)
        {
            yield return new Identifier(FhirSystems.Mbi, mbi) { Use = Identifier.IdentifierUse.Secondary, Type = new CodeableConcept(FhirSystems.IdentifierType, "MC", "Patient's Medicare number") };
        }
    }

    private static AdministrativeGender? GenderOf(string? sex) => sex switch
    {
        "F" => AdministrativeGender.Female,
        "M" => AdministrativeGender.Male,
        "X" => AdministrativeGender.Other,
        "U" => AdministrativeGender.Unknown,
        _ => null,
    };

    /// <summary>
    /// The Source of Payment Typology (PHDSC), which US Core and CARIN BB bind Coverage.type to: Medi-Cal is Medicaid
    /// managed care; OneCare, OneCare Connect and PACE serve members with both Medicare and Medi-Cal.
    /// </summary>
    private static CodeableConcept PayerType(string lineOfBusiness) => lineOfBusiness switch
    {
        "Medi-Cal" => new CodeableConcept("https://nahdo.org/sopt", "21", "Medicaid (Managed Care)") { Text = lineOfBusiness },
        _ => new CodeableConcept("https://nahdo.org/sopt", "14", "Dual Eligibility Medicare/Medicaid Organization") { Text = lineOfBusiness },
    };

    private static string LineOfBusinessCode(string lineOfBusiness) => lineOfBusiness switch
    {
        "Medi-Cal" => "MC",
        "OneCare" => "OC",
        "OneCare Connect" => "OCC",
        // A line of business added later still gets a stable id of the characters an id may hold.
        _ => string.Concat(lineOfBusiness.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant(),
    };

    private static Coverage.ClassComponent Class(string type, string value, string name) => new()
    {
        Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/coverage-class", type),
        Value = value,
        Name = name,
    };
}
