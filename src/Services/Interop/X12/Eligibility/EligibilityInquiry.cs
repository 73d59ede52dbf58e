using Platform.Contracts.Dates;
using Platform.Contracts.Identifiers;
using Platform.X12;

namespace Platform.Interop.X12.Eligibility;

/// <summary>
/// The AAA03 reject reasons a 271 gives (005010X279A1), at 2100C for one subscriber or at 2100A for the whole inquiry,
/// each with AAA04's follow-up: correct and resubmit (C), or resubmission allowed later (R).
/// </summary>
public static class RejectReasons
{
    public const string UnableToRespondNow = "42";
    public const string InvalidBirthDate = "58";
    public const string DateOfServiceNotAllowed = "62";
    public const string InvalidMemberId = "72";
    public const string SubscriberNotFound = "75";

    public static X12Segment Aaa(string reason) => X12Segment.Of("AAA", "Y", "", reason, reason == UnableToRespondNow ? "R" : "C");
}

/// <summary>What a 270 asks about one subscriber (2100C): the member id (NM109), the date of birth (DMG02) and the date of service (DTP*291), checked.</summary>
public sealed record EligibilityInquiry(string MemberId, DateOnly? DateOfBirth, DateOnly? DateOfService)
{
    /// <summary>
    /// The inquiry, or the reason a 271 rejects it without asking: a member id none of the plan's formats reads (72),
    /// a birth date that is no date or not a past one (58), a date of service that is none or outside ELG-02's bounds,
    /// 2000 to a year ahead (62). The subscriber's NM1 is there: the 999 refused a 270 without it.
    /// </summary>
    public static (EligibilityInquiry? Inquiry, string? Reject) Read(X12Loop subscriber, DateOnly today)
    {
        if (!Contracts.Identifiers.MemberId.TryParse(subscriber.Find("NM1", "IL")![9], out var memberId))
        {
            return (null, RejectReasons.InvalidMemberId);
        }

        DateOnly? born = null;
        if (subscriber.Find("DMG") is { } dmg && dmg[2].Length > 0)
        {
            born = dmg[1] == "D8" ? X12Text.ParseDate(dmg[2]) : null;
            if (born is not { } birth || DateBounds.Birth(birth, today) is not null)
            {
                return (null, RejectReasons.InvalidBirthDate);
            }
        }

        DateOnly? service = null;
        if (subscriber.Find("DTP", "291") is { } dtp)
        {
            service = X12Text.Period(dtp)?.From;
            if (service is not { } day || DateBounds.EligibilityDate(day, today) is not null)
            {
                return (null, RejectReasons.DateOfServiceNotAllowed);
            }
        }

        return (new EligibilityInquiry(memberId.Value, born, service), null);
    }
}
