using System.Globalization;
using System.Text;

namespace Platform.Claims.Payments;

/// <summary>
/// A Remittance Advice as CSV (RFC 4180), one row per service line and one per prior claim adjusted (its Payable the
/// difference paid now), for the billing office's spreadsheet. A cell that
/// a spreadsheet would run as a formula (= + - @ at its start) is prefixed with an apostrophe: names come from outside.
/// </summary>
public static class RemittanceCsv
{
    private static readonly string[] Header =
    [
        "Payment", "Method", "Paid On", "Payee NPI", "Claim Number", "Claim Status", "Member", "CIN", "Line", "Service From", "Service To",
        "Code", "Modifiers", "Units", "Billed", "Allowed", "Payable", "Adjustments", "Remarks",
    ];

    public static string Of(RemittanceAdvice remittance)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        var payment = new[] { remittance.Number, remittance.Method == PaymentMethod.Eft ? "EFT" : "Check", Day(remittance.PaidOn), remittance.PayeeNpi };
        foreach (var claim in remittance.Claims)
        {
            foreach (var line in claim.Lines)
            {
                Row(csv,
                [
                    .. payment, claim.ClaimNumber, claim.Status.ToString(), claim.MemberName, claim.Cin, line.LineNumber.ToString(CultureInfo.InvariantCulture),
                    Day(line.ServiceFrom), Day(line.ServiceTo), line.ProcedureCode, string.Join(' ', line.Modifiers), line.Units.ToString(CultureInfo.InvariantCulture),
                    Amount(line.BilledAmount), Amount(line.AllowedAmount), Amount(line.PayableAmount),
                    string.Join("; ", line.Adjustments.Select(a => $"{a.Group}-{a.Reason} {Amount(a.Amount)}")), string.Join(' ', line.RemarkCodes),
                ]);
            }
        }

        foreach (var prior in remittance.PriorClaimsAdjusted)
        {
            Row(csv,
            [
                .. payment, prior.ClaimNumber, "Adjusted", prior.MemberName, prior.Cin, "", "", "", "", "", "", "", "", Amount(prior.Amount),
                $"Dispute {prior.DisputeNumber} overturned: payable {Amount(prior.PreviousPayableAmount)} to {Amount(prior.PayableAmount)}, first paid on {prior.FirstPaymentNumber}", "",
            ]);
        }

        return csv.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Amount(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    private static string Cell(string value)
    {
        var safe = value is [ '=' or '+' or '-' or '@', ..] ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }
}
