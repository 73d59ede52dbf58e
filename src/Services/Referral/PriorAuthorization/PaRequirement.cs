namespace Platform.Referral.PriorAuthorization;

/// <summary>REF-02's answer for one service code on one date of service, worded as the education deck's tips.</summary>
public sealed record PaRequirement(string Code, DateOnly ServiceDate, bool Required, string Quarter, string? Description, string? Category, string Message)
{
    public static PaRequirement Of(PaCodeList list, string code, DateOnly serviceDate) =>
        list.Codes.SingleOrDefault(c => c.Code == code) is { } listed
            ? new(code, serviceDate, true, list.Quarter, listed.Description, listed.Category,
                $"{code} is on the Prior Authorization Required Code List in force on {serviceDate:yyyy-MM-dd} ({list.Quarter}): an authorization is required.")
            : new(code, serviceDate, false, list.Quarter, null, null,
                $"{code} is not on the Prior Authorization Required Code List in force on {serviceDate:yyyy-MM-dd} ({list.Quarter}): it does not require authorization — do NOT submit an authorization request.");
}
