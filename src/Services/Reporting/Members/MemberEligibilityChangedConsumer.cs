using Platform.Contracts.Eligibility;
using Platform.Reporting.Data;
using Platform.ServiceDefaults.Members;

namespace Platform.Reporting.Members;

/// <summary>Keeps <see cref="ReportingMember"/> from eligibility's announcements.</summary>
public sealed class MemberEligibilityChangedConsumer(ReportingDbContext db, TimeProvider time) : MemberCopyConsumer<ReportingDbContext, ReportingMember>(db, time)
{
    protected override ReportingMember Create(MemberEligibilityChanged message) =>
        new() { Cin = message.Cin, FirstName = message.FirstName, LastName = message.LastName };
}
