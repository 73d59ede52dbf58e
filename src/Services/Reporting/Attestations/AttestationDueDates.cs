namespace Platform.Reporting.Attestations;

/// <summary>
/// RPT-04's due dates. Initial: 30 calendar days after the provider joined the network. Annual: December 31 of each
/// calendar year, the first one that of the joining year (*assumption*: a provider joining in December attests both
/// within weeks; R14 says only "December 31").
/// </summary>
public static class AttestationDueDates
{
    public const int InitialDays = 30;

    public static DateOnly Initial(DateOnly joined) => joined.AddDays(InitialDays);

    public static DateOnly Annual(int year) => new(year, 12, 31);

    /// <summary>The due date of the kind for a provider who joined on that day: its initial, or its first annual.</summary>
    public static DateOnly For(AttestationKind kind, DateOnly joined) => kind == AttestationKind.Initial ? Initial(joined) : Annual(joined.Year);

    /// <summary>The attestation of the kind a provider owes in the given year's search: the initial whenever it falls, the annual of that year.</summary>
    public static DateOnly Owed(AttestationKind kind, DateOnly joined, int year) => kind == AttestationKind.Initial ? Initial(joined) : Annual(year);

    /// <summary>Every attestation a provider has owed up to the year given: the initial and each year's annual since joining.</summary>
    public static IEnumerable<(AttestationKind Kind, DateOnly DueDate)> Schedule(DateOnly joined, int throughYear)
    {
        yield return (AttestationKind.Initial, Initial(joined));
        for (var year = joined.Year; year <= throughYear; year++)
        {
            yield return (AttestationKind.Annual, Annual(year));
        }
    }

    /// <summary>Overdue: the due date has passed (the plan's today) and nothing was submitted.</summary>
    public static bool IsOverdue(DateOnly dueDate, bool submitted, DateOnly today) => !submitted && dueDate < today;
}
