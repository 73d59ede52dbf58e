using Hl7.Fhir.Model;
using Platform.Interop.Fhir.Claims;
using Platform.Interop.Fhir.Members;

namespace Platform.Interop.Export;

/// <summary>
/// The export's copies as the same FHIR resources the real-time API answers (FhirMembers, FhirClaims): a partner reads
/// one shape whichever way it asks.
/// </summary>
public static class ExportResources
{
    public static Resource Patient(ExportMember member, DateOnly today) => FhirMembers.Patient(new FhirMember(
        member.Cin, member.MedsId, member.Mbi, member.FirstName, member.LastName, member.DateOfBirth, member.DateOfDeath,
        Sex: null, PcpNpi: member.CoverageOn(today)?.PcpNpi));

    /// <summary>The member's spans in the exported network: what the network is responsible for (ACC-06), not the member's time elsewhere.</summary>
    public static IEnumerable<Resource> Coverages(ExportMember member, string network, DateOnly today) => member.Coverage
        .Where(span => span.Program == network)
        .Select(span => FhirMembers.Coverage(
            new FhirCoverageSpan(member.Cin, span.LineOfBusiness, span.Program, span.Program, span.PcpNpi, span.ShareOfCost, span.StartDate, span.EndDate), today));

    /// <summary>Created on the day the claim was received; a copy from an older announcement (no received day) the day it was determined.</summary>
    public static Resource ExplanationOfBenefit(ExportClaim claim) => FhirClaims.ExplanationOfBenefit(new FhirClaim(
        claim.ClaimNumber, claim.Cin, claim.BillingNpi, claim.ServiceFrom, claim.ServiceTo, claim.ReceivedOn ?? DateOnly.FromDateTime(claim.DeterminedAt.UtcDateTime), claim.BilledAmount,
        claim.PayableAmount, Enum.Parse<FhirClaimStatus>(claim.Status), claim.HealthNetwork, claim.LineOfBusiness ?? "", claim.DeterminedAt, claim.PaidOn,
        [.. claim.Lines.Select(line => new FhirClaimLine(line.LineNumber, line.ServiceFrom, line.ServiceTo, line.ProcedureCode, line.Modifiers, line.Units,
            line.PlaceOfService, line.BilledAmount, line.AllowedAmount, line.PayableAmount))]));
}
