using Platform.Claims.Lookup;
using Platform.Claims.Payments;
using static Platform.Claims.Printable.PdfPages;

namespace Platform.Claims.Printable;

/// <summary>
/// CLM-03's Remittance Advice as a PDF, laid out as an 835 RA prints: the payment (payer, payee, check or EFT), then
/// each claim with its service lines and their CAS adjustments, then the totals a billing office reconciles against
/// its deposit (billed − adjustments, plus prior claims adjusted = paid).
/// </summary>
public static class RemittancePdf
{
    private static readonly (string Title, double Width)[] TotalColumns = [("", 120), ("", 100)];

    private static readonly (string Title, double Width)[] PriorColumns =
        [("Claim", 80), ("Member", 120), ("Dispute", 80), ("First payment", 80), ("Was payable", 60), ("Now payable", 60), ("Paid now", 55)];

    public static byte[] Of(RemittanceAdvice remittance, DateTimeOffset printedAt)
    {
        var payment = PaymentText.Of(remittance.Method, remittance.Number);
        var pages = new PdfPages($"Remittance Advice {payment}");
        pages.Line("Remittance Advice", Title, 22);
        pages.Line($"{payment}   Paid on {Day(remittance.PaidOn)}   Amount {Money(remittance.Amount)}", Bold);
        pages.Line($"Payer CalOptima Health   Payee NPI {remittance.PayeeNpi}   TIN {remittance.PayeeTin}", Text);

        foreach (var claim in remittance.Claims)
        {
            // The claim's heading, member and column titles start a page together with its first line.
            pages.Section($"Claim {claim.ClaimNumber}: {claim.Status}", keptWithRows: 3);
            pages.Line($"{claim.MemberName}   CIN {claim.Cin}   Service date {Dates(claim.ServiceFrom, claim.ServiceTo)}", Text);
            if (claim.StatusReason is { } reason)
            {
                // A denial's reason may run to 500 characters: wrapped, not cut off at the page's edge.
                pages.Paragraph(reason);
            }

            ServiceLineTable.Write(pages, claim.Lines, claim.BilledAmount, claim.AllowedAmount, claim.PayableAmount);
        }

        if (remittance.PriorClaimsAdjusted.Count > 0)
        {
            pages.Section("Prior claims adjusted (overturned disputes)", keptWithRows: 2);
            pages.Header(PriorColumns);
            foreach (var prior in remittance.PriorClaimsAdjusted)
            {
                pages.Row(PriorColumns, [prior.ClaimNumber, prior.MemberName, prior.DisputeNumber, prior.FirstPaymentNumber,
                    Money(prior.PreviousPayableAmount), Money(prior.PayableAmount), Money(prior.Amount)], Text);
            }
        }

        pages.Section("Totals", keptWithRows: remittance.Adjustments.Count + 3);
        pages.Row(TotalColumns, ["Billed", Money(remittance.BilledTotal)], Text);
        foreach (var adjustment in remittance.Adjustments)
        {
            pages.Row(TotalColumns, [$"Adjusted ({adjustment.Group})", Money(adjustment.Amount)], Text);
        }

        if (remittance.PriorClaimsAdjusted.Count > 0)
        {
            pages.Row(TotalColumns, ["Prior claims adjusted", Money(remittance.PriorClaimsAdjusted.Sum(p => p.Amount))], Text);
        }

        pages.Row(TotalColumns, ["Paid", Money(remittance.Amount)], Bold);
        pages.Paragraph(remittance.PayableNote);
        pages.Printed(printedAt);
        return pages.ToBytes();
    }
}
