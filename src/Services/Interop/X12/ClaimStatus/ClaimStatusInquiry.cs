using System.Globalization;
using Platform.X12;

namespace Platform.Interop.X12.ClaimStatus;

/// <summary>
/// One claim a 276 asks about (a 2200D, from its TRN to the next): the trace (TRN*1), the payer's claim control number
/// (REF*1K), the provider's patient control number (REF*EJ), the billed amount (AMT*T3) and the service dates
/// (DTP*472, D8 or RD8). <see cref="Unreadable"/> is the 277 status code for a date or amount that does not read.
/// </summary>
public sealed record ClaimStatusInquiry(
    X12Segment Trace, string? PayerClaimNumber, string? PatientControlNumber, decimal? Billed, (DateOnly From, DateOnly To)? Service, string? Unreadable)
{
    /// <summary>Status codes (code source 508) for what a 276 gave wrongly: 187 dates of service, 178 submitted charges.</summary>
    public const string DatesOfService = "187";
    public const string SubmittedCharges = "178";

    public static IReadOnlyList<ClaimStatusInquiry> Of(X12Loop subscriber)
    {
        var inquiries = new List<ClaimStatusInquiry>();
        var segments = subscriber.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Id != "TRN")
            {
                continue;
            }

            var claim = segments.Skip(i + 1).TakeWhile(s => s.Id != "TRN").ToList();
            inquiries.Add(Read(segments[i], claim));
        }

        return inquiries;
    }

    private static ClaimStatusInquiry Read(X12Segment trace, List<X12Segment> claim)
    {
        string? Reference(string qualifier) => claim.FirstOrDefault(s => s.Id == "REF" && s[1] == qualifier)?[2] is { Length: > 0 } value ? value : null;
        var amount = claim.FirstOrDefault(s => s.Id == "AMT" && s[1] == "T3");
        var dates = claim.FirstOrDefault(s => s.Id == "DTP" && s[1] == "472");
        decimal? billed = amount is not null && decimal.TryParse(amount[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
        var service = dates is null ? null : X12Text.Period(dates);
        var unreadable = dates is not null && service is null ? DatesOfService : amount is not null && billed is null ? SubmittedCharges : null;
        return new ClaimStatusInquiry(trace, Reference("1K"), Reference("EJ"), billed, service, unreadable);
    }
}
