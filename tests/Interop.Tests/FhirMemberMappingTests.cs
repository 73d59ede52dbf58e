using Hl7.Fhir.Model;
using Platform.Contracts.Identifiers;
using Platform.Interop.Fhir;
using Platform.Interop.Fhir.Members;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>Issue 18: the pure Patient and Coverage mappings (shared with the bulk export), and the identifier search's parsing.</summary>
public sealed class FhirMemberMappingTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static readonly FhirMember Member = new("12345678A", "123456789", "1EG4TE5MK73", "Rosa", "Diaz", new(1958, 7, 21), null, "F", "1234567893");

    private static readonly FhirCoverageSpan Span = new("12345678A", "Medi-Cal", "ALTAMED", "AltaMed Health Services", "1234567893", 0m, new(2026, 1, 1), null);

    [Fact]
    public void A_patient_carries_the_cin_as_id_its_three_identifiers_and_the_pcp_by_npi()
    {
        var patient = FhirMembers.Patient(Member);

        FhirValidation.AssertValid(patient);
        Assert.Equal("12345678A", patient.Id);
        Assert.Equal(
            [(FhirSystems.Cin, "12345678A"), (FhirSystems.MedsId, "123456789"), (FhirSystems.Mbi, "1EG4TE5MK73")],
            patient.Identifier.Select(id => (id.System, id.Value)));
        Assert.Equal(AdministrativeGender.Female, patient.Gender);
        Assert.Equal("1958-07-21", patient.BirthDate);
        Assert.Null(patient.Deceased);
        Assert.Equal(FhirSystems.Npi, Assert.Single(patient.GeneralPractitioner).Identifier!.System);
    }

    [Theory]
    [InlineData("M", AdministrativeGender.Male)]
    [InlineData("X", AdministrativeGender.Other)]
    [InlineData("U", AdministrativeGender.Unknown)]
    [InlineData(null, null)]
    public void The_states_sex_codes_map_to_administrative_gender(string? sex, AdministrativeGender? gender) =>
        Assert.Equal(gender, FhirMembers.Patient(Member with { Sex = sex }).Gender);

    [Fact]
    public void A_member_without_mbi_or_pcp_has_neither_and_a_death_date_is_deceased()
    {
        var patient = FhirMembers.Patient(Member with { Mbi = null, PcpNpi = null, DeathDate = new(2026, 11, 2) });

        FhirValidation.AssertValid(patient);
        Assert.DoesNotContain(patient.Identifier, id => id.System == FhirSystems.Mbi);
        Assert.Empty(patient.GeneralPractitioner);
        Assert.Equal("2026-11-02", Assert.IsType<FhirDateTime>(patient.Deceased).Value);
    }

    [Fact]
    public void An_open_span_is_an_active_coverage_paid_by_the_contained_plan_with_line_of_business_and_network()
    {
        var coverage = FhirMembers.Coverage(Span, Today);

        FhirValidation.AssertValid(coverage);
        Assert.Equal("12345678A-MC-20260101", coverage.Id);
        Assert.Equal(FinancialResourceStatusCodes.Active, coverage.Status);
        Assert.Equal("Patient/12345678A", coverage.Beneficiary!.Reference);
        Assert.Equal("self", coverage.Relationship!.Coding[0].Code);
        Assert.Equal("21", coverage.Type!.Coding[0].Code);
        Assert.Equal("#plan", Assert.Single(coverage.Payor).Reference);
        Assert.Equal("plan", Assert.Single(coverage.Contained).Id);
        Assert.Equal([("plan", "Medi-Cal"), ("group", "ALTAMED")], coverage.Class.Select(c => (c.Type!.Coding[0].Code, c.Value)));
        Assert.Empty(coverage.CostToBeneficiary);
    }

    [Fact]
    public void A_span_ended_before_today_is_cancelled_and_one_ending_today_is_active()
    {
        Assert.Equal(FinancialResourceStatusCodes.Cancelled, FhirMembers.Coverage(Span with { End = Today.AddDays(-1) }, Today).Status);
        Assert.Equal(FinancialResourceStatusCodes.Active, FhirMembers.Coverage(Span with { End = Today }, Today).Status);
    }

    // ELG-02: a share of cost is what the member pays each month before Medi-Cal pays.
    [Fact]
    public void A_share_of_cost_is_the_members_cost_and_the_id_names_the_line_of_business()
    {
        var coverage = FhirMembers.Coverage(Span with { LineOfBusiness = "OneCare Connect", ShareOfCost = 35m }, Today);

        FhirValidation.AssertValid(coverage);
        Assert.Equal("12345678A-OCC-20260101", coverage.Id);
        Assert.Equal(35m, Assert.IsType<Money>(Assert.Single(coverage.CostToBeneficiary).Value).Value);
        Assert.Equal("14", coverage.Type!.Coding[0].Code);
    }

    [Theory]
    [InlineData("12345678A", MemberIdKind.Cin)]
    [InlineData("123456789", MemberIdKind.MedsId)]
    [InlineData("1EG4-TE5-MK73", MemberIdKind.Mbi)]
    [InlineData(FhirSystems.Cin + "|12345678A", MemberIdKind.Cin)]
    [InlineData(FhirSystems.MedsId + "|123456789", MemberIdKind.MedsId)]
    [InlineData(FhirSystems.Mbi + "|1EG4TE5MK73", MemberIdKind.Mbi)]
    [InlineData("|123456789", MemberIdKind.MedsId)]
    public void An_identifier_token_is_a_cin_meds_id_or_mbi_with_or_without_its_system(string token, MemberIdKind kind) =>
        Assert.Equal(kind, MemberIdentifiers.Parse(token)!.Value.Kind);

    [Fact]
    public void Another_system_matches_nothing() => Assert.Null(MemberIdentifiers.Parse("http://hl7.org/fhir/sid/us-ssn|123456789"));

    [Theory]
    [InlineData("12AB")]
    [InlineData(FhirSystems.MedsId + "|12345678A")]
    [InlineData(FhirSystems.Cin + "|")]
    public void A_malformed_identifier_or_one_not_of_its_systems_format_is_invalid_input_naming_identifier(string token) =>
        Assert.Equal("identifier", Assert.Throws<FhirInputException>(() => MemberIdentifiers.Parse(token)).Field);
}
