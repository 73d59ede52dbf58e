namespace Platform.Claims.Claims;

/// <summary>
/// CLM-04 [EDU]: "one year from the date of service to submit a claim". A line spanning several days is measured from
/// its last day (as Medicare measures a span from its through date), which favours the provider; the year ends on the
/// same calendar day (29 February to 28 February), and a claim received on that day is on time.
/// </summary>
public static class TimelyFiling
{
    public static DateOnly Deadline(DateOnly dateOfService) => dateOfService.AddYears(1);

    public static bool IsLate(DateOnly dateOfService, DateOnly receivedOn) => receivedOn > Deadline(dateOfService);

    public static string Reason(DateOnly dateOfService, DateOnly receivedOn) =>
        $"Timely filing: received {receivedOn:MM/dd/yyyy}, more than one year after the date of service (due by {Deadline(dateOfService):MM/dd/yyyy}).";
}
