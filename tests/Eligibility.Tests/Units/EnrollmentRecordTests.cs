using Platform.Eligibility.Enrollment;
using Platform.Eligibility.Members;
using Xunit;

namespace Platform.Eligibility.Tests.Units;

/// <summary>ELG-08: what a feed line must say on its own, before it meets the plan's data.</summary>
public sealed class EnrollmentRecordTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    public static TheoryData<string, EnrollmentRecord, string?> Lines() => new()
    {
        { "an unknown kind", new("enrolment", "12345678A"), "kind" },
        { "a span without its start", new(EnrollmentRecord.SpanKind, "12345678A", LineOfBusiness: LineOfBusiness.MediCal, Program: "CCN"), "startDate" },
        { "a termination naming a program", new(EnrollmentRecord.TerminationKind, "12345678A", LineOfBusiness: LineOfBusiness.MediCal, Program: "CCN", EndDate: Day), "program" },
        { "a span ending before it starts", new(EnrollmentRecord.SpanKind, "12345678A", LineOfBusiness: LineOfBusiness.OneCare, Program: "CCN", StartDate: Day, EndDate: Day.AddDays(-1)), "endDate" },
        { "a share of cost in fractions of a cent", new(EnrollmentRecord.SpanKind, "12345678A", LineOfBusiness: LineOfBusiness.MediCal, Program: "CCN", ShareOfCost: 1.005m, StartDate: Day), "shareOfCost" },
        { "a PCP change to an invalid NPI", new(EnrollmentRecord.PcpKind, "12345678A", LineOfBusiness: LineOfBusiness.MediCal, PcpNpi: "1234567890", EffectiveDate: Day), "pcpNpi" },
        { "a member of unknown sex code", new(EnrollmentRecord.MemberKind, "12345678A", "123456789", null, "Ana", "Ruiz", Day, "Q", "Spanish"), "sex" },
        { "a complete termination", new(EnrollmentRecord.TerminationKind, "12345678A", LineOfBusiness: LineOfBusiness.MediCal, EndDate: Day), null },
        { "a complete member", new(EnrollmentRecord.MemberKind, "12345678a", "123456789", null, "Ana", "Ruiz", Day, "X", "Spanish"), null },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void ELG_08_a_line_is_refused_naming_the_field_at_fault(string line, EnrollmentRecord record, string? field)
    {
        Assert.True(field == record.Check()?.Field, line);
    }
}
