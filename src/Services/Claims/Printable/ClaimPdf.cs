using Platform.Claims.Lookup;
using static Platform.Claims.Printable.PdfPages;

namespace Platform.Claims.Printable;

/// <summary>
/// CLM-02's "Download Printable": the claim detail on US Letter pages, as a billing office files it — the header,
/// the service lines with their totals and adjustments, member, providers, diagnoses and the notes. FWA flags are
/// never printed: the printable leaves the plan.
/// </summary>
public static class ClaimPdf
{
    public static byte[] Of(ClaimDetail claim, DateTimeOffset printedAt)
    {
        var pages = new PdfPages($"Claim {claim.ClaimNumber}");
        pages.Line($"Claim #: {claim.ClaimNumber}", Title, 22);
        pages.Line($"Status: {claim.Status}{(claim.StatusReason is { } reason ? $" — {reason}" : "")}", Bold);
        pages.Line($"CIN {claim.Member.Cin}   Check # {claim.Payment ?? "—"}   Service date {Dates(claim.ServiceFrom, claim.ServiceTo)}   " +
                   $"Received {Day(claim.ReceivedOn)}   Paid {(claim.PaidOn is { } paidOn ? Day(paidOn) : "—")}", Text);
        pages.Paragraph(claim.PayableNote);

        pages.Section("Services");
        ServiceLineTable.Write(pages, claim.Lines, claim.BilledAmount, claim.AllowedAmount, claim.PayableAmount);

        pages.Section("Member Info");
        pages.Line($"{claim.Member.LastName}, {claim.Member.FirstName}   CIN {claim.Member.Cin}   Born {Day(claim.Member.DateOfBirth)}", Text);
        pages.Line($"{claim.Member.LineOfBusiness}   Health network: {claim.Member.HealthNetwork ?? "CalOptima Health"}", Text);
        pages.Section("Providers");
        pages.Line($"Billing NPI {claim.Providers.BillingNpi}   TIN {claim.Providers.BillingTin}   Rendering NPI {claim.Providers.RenderingNpi ?? "same as billing"}", Text);
        pages.Section("Diagnosis");
        pages.Line(string.Join("   ", claim.DiagnosisCodes.Select((code, index) => $"{index + 1}. {code}")), Text);
        pages.Section("EOB");
        pages.Line($"Allowed {Money(claim.AllowedAmount)}   Payable {Money(claim.PayableAmount)}   Member cost share {Money(claim.MemberCostShare)}", Text);
        pages.Paragraph(claim.MemberBillingNote);
        pages.Printed(printedAt);
        return pages.ToBytes();
    }
}
