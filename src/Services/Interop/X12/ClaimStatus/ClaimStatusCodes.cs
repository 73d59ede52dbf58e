using Platform.ServiceDefaults;
using Platform.X12;

namespace Platform.Interop.X12.ClaimStatus;

/// <summary>
/// A claim's status as a 277 STC says it (005010X212): STC01 the category (code source 507) and status (508) codes,
/// STC02 since when, STC04 the billed and STC05 the paid amount, STC06 the adjudication date, STC07–09 the payment
/// method, its check or EFT date and number when paid.
/// </summary>
public static class ClaimStatusCodes
{
    /// <summary>A4 "not found" with 35 "claim/encounter not found": unknown, or not the caller's to see (ACC-01/06).</summary>
    public static X12Segment NotFound(DateOnly today, X12Separators separators) => Stc(separators, "A4", "35", today);

    /// <summary>E1 "response not possible, system status" with 0 "cannot provide further status electronically": claims could not answer.</summary>
    public static X12Segment Unavailable(DateOnly today, X12Separators separators) => Stc(separators, "E1", "0", today);

    /// <summary>E0 "response not possible, error on submitted request data" with the status code of the data at fault.</summary>
    public static X12Segment Unreadable(string status, DateOnly today, X12Separators separators) => Stc(separators, "E0", status, today);

    /// <summary>
    /// Received: A2 accepted into adjudication, 20 accepted for processing. Pended: P1 pending, in process, 20.
    /// Finalized and paid: F1 with 65 paid and the payment. Finalized, the payment not yet made: F0 finalized with 3
    /// adjudicated and awaiting the payment cycle. Denied: F2 with 1, the details in the remittance advice.
    /// </summary>
    public static X12Segment Of(ClaimFound claim, X12Separators separators)
    {
        var finalizedOn = claim.FinalizedAt?.PlanDay();
        var (category, status, since) = claim.Status switch
        {
            "Received" => ("A2", "20", claim.ReceivedOn),
            "Pended" => ("P1", "20", claim.ReceivedOn),
            "Finalized" when claim.PaidOn is { } paid => ("F1", "65", paid),
            "Finalized" => ("F0", "3", finalizedOn ?? claim.ReceivedOn),
            _ => ("F2", "1", finalizedOn ?? claim.ReceivedOn),
        };
        var final = claim.Status is "Finalized" or "Denied";
        var (method, number) = Payment(claim.Payment);
        return X12Segment.Of("STC", Composite(separators, category, status), X12Text.Date(since), "", X12Text.Amount(claim.BilledAmount),
            final ? X12Text.Amount(claim.PayableAmount ?? 0) : "", final && finalizedOn is { } day ? X12Text.Date(day) : "",
            method, claim.PaidOn is { } paidOn ? X12Text.Date(paidOn) : "", X12Text.Clean(number, separators, 16));
    }

    /// <summary>Claims' "EFT 8834…" or "Check 10023" as STC07 (ACH, CHK) and STC09.</summary>
    private static (string Method, string Number) Payment(string? payment) => payment?.Split(' ', 2) switch
    {
        ["EFT", var number] => ("ACH", number),
        ["Check", var number] => ("CHK", number),
        _ => ("", ""),
    };

    private static X12Segment Stc(X12Separators separators, string category, string status, DateOnly since) =>
        X12Segment.Of("STC", Composite(separators, category, status), X12Text.Date(since));

    private static string Composite(X12Separators separators, string category, string status) => $"{category}{separators.Component}{status}";
}
