namespace Platform.Eligibility.PcpChanges;

public static class PcpChangeRule
{
    /// <summary>
    /// ELG-06 [EDU]: requested on day 1–15 (assumption: "before the 16th") and before seeing the assigned PCP →
    /// the first day of the current month; on or after the 16th, or after a visit → the first day of the next.
    /// </summary>
    public static DateOnly EffectiveDate(DateOnly requestedOn, bool sawAssignedPcpThisMonth)
    {
        var firstOfMonth = new DateOnly(requestedOn.Year, requestedOn.Month, 1);
        return requestedOn.Day <= 15 && !sawAssignedPcpThisMonth ? firstOfMonth : firstOfMonth.AddMonths(1);
    }
}
