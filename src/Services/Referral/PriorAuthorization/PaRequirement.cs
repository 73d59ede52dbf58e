namespace Platform.Referral.PriorAuthorization;

/// <summary>REF-02's answer for one service code on one date of service, worded as the education deck's tips.</summary>
public sealed record PaRequirement(string Code, DateOnly ServiceDate, bool Required, string Quarter, string? Description, string? Category, string Message)
{
    /// <summary>The answer for a code of the quarter in force, given its entry on that quarter's list (null: not listed).</summary>
    public static PaRequirement Of(string quarter, PaCode? listed, string code, DateOnly serviceDate) => listed is not null
        ? new(code, serviceDate, true, quarter, listed.Description, listed.Category,
            $"{code} is on the Prior Authorization Required Code List in force on {serviceDate:yyyy-MM-dd} ({quarter}): an authorization is required.")
        : new(code, serviceDate, false, quarter, null, null,
            $"{code} is not on the Prior Authorization Required Code List in force on {serviceDate:yyyy-MM-dd} ({quarter}): it does not require authorization — do NOT submit an authorization request.");
}
