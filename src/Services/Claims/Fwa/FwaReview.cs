using Platform.Claims.Claims;
using Platform.Claims.Members;

namespace Platform.Claims.Fwa;

/// <summary>A line of the member's earlier claims, as the duplicate and unbundling checks compare against it.</summary>
public sealed record PriorLine(string ClaimNumber, string BillingNpi, DateOnly ServiceFrom, string ProcedureCode, IReadOnlyList<string> Modifiers);

/// <summary>A billing provider's office visits (E/M) over the past year, and how many were of the highest level.</summary>
public sealed record VisitMix(int OfficeVisits, int LevelFive);

/// <summary>
/// CLM-06 [EDU FWA: "duplicate services, unbundled services, upcoding services, billing for a deceased member"], plus a
/// service on a day the member had no coverage. "Services not rendered" needs the member or the records and is left
/// to the investigators. Flags are review prompts, not denials: the claim goes on to adjudication with them.
/// </summary>
public static class FwaReview
{
    /// <summary>New and established patient office visits, CPT 99202–99205 and 99211–99215.</summary>
    public static readonly string[] OfficeVisits = ["99202", "99203", "99204", "99205", "99211", "99212", "99213", "99214", "99215"];

    public static readonly string[] LevelFiveVisits = ["99205", "99215"];

    /// <summary>
    /// Assumption, stated: a provider is an upcoding outlier when at least 40 % of 20 or more office visits in a year
    /// are level 5. Nationally about one visit in ten is (CMS Part B utilization data); a deployment would compare each
    /// provider with the specialty's own distribution instead.
    /// </summary>
    public const int UpcodingMinimumVisits = 20;

    public const double UpcodingShare = 0.4;

    /// <summary>Modifiers 76 and 77 declare a repeated procedure on the same day: not a duplicate.</summary>
    private static readonly string[] RepeatModifiers = ["76", "77"];

    public static List<FwaFlag> Review(Claim claim, ClaimsMember member, IReadOnlyList<PriorLine> priorLines, VisitMix providerVisits, UnbundlingPairs pairs)
    {
        var flags = new List<FwaFlag>();
        // What this provider billed for the member: this claim's lines, then those of earlier claims.
        var billed = claim.Lines.Select(l => new PriorLine(claim.ClaimNumber, claim.BillingNpi, l.ServiceFrom, l.ProcedureCode, l.Modifiers))
            .Concat(priorLines.Where(p => p.BillingNpi == claim.BillingNpi))
            .ToList();
        foreach (var (line, index) in claim.Lines.Select((line, index) => (line, index)))
        {
            var earlier = billed.Take(index).Concat(billed.Skip(claim.Lines.Count));
            if (!line.Modifiers.Intersect(RepeatModifiers).Any()
                && earlier.FirstOrDefault(p => p.ServiceFrom == line.ServiceFrom && p.ProcedureCode == line.ProcedureCode && p.Modifiers.SequenceEqual(line.Modifiers)) is { } duplicate)
            {
                flags.Add(new(FwaFlagKind.DuplicateService, line.LineNumber,
                    $"{line.ProcedureCode} on {line.ServiceFrom:MM/dd/yyyy} is also billed {(duplicate.ClaimNumber == claim.ClaimNumber ? "on another line of this claim" : $"on claim {duplicate.ClaimNumber}")}."));
            }

            if (!line.Modifiers.Intersect(UnbundlingPairs.DistinctServiceModifiers).Any()
                && billed.Where(p => p.ServiceFrom == line.ServiceFrom).Select(p => (p.ProcedureCode, Pair: pairs.Describe(p.ProcedureCode, line.ProcedureCode)))
                    .FirstOrDefault(p => p.Pair is not null) is { Pair: { } pair } comprehensive)
            {
                flags.Add(new(FwaFlagKind.Unbundling, line.LineNumber,
                    $"{line.ProcedureCode} is a component of {comprehensive.ProcedureCode} billed the same day ({pair}), without modifier 59, XE, XS, XP or XU."));
            }

            if (member.DateOfDeath is { } died && line.ServiceFrom > died)
            {
                flags.Add(new(FwaFlagKind.DeceasedMember, line.LineNumber, $"The member died on {died:MM/dd/yyyy}, before this date of service."));
            }

            if (!member.IsCoveredOn(line.ServiceFrom))
            {
                flags.Add(new(FwaFlagKind.NotCovered, line.LineNumber, NotCoveredDetail(member, line.ServiceFrom)));
            }
        }

        var levelFive = claim.Lines.Count(l => LevelFiveVisits.Contains(l.ProcedureCode));
        var visits = providerVisits.OfficeVisits + claim.Lines.Count(l => OfficeVisits.Contains(l.ProcedureCode));
        var share = visits == 0 ? 0 : (double)(providerVisits.LevelFive + levelFive) / visits;
        if (levelFive > 0 && visits >= UpcodingMinimumVisits && share >= UpcodingShare)
        {
            flags.Add(new(FwaFlagKind.Upcoding, claim.Lines.First(l => LevelFiveVisits.Contains(l.ProcedureCode)).LineNumber,
                $"{share:P0} of this provider's {visits} office visits in the past year are level 5 (review threshold {UpcodingShare:P0})."));
        }

        return flags;
    }

    private static string NotCoveredDetail(ClaimsMember member, DateOnly day)
    {
        var ended = member.Coverage.Where(c => c.EndDate < day).Max(c => c.EndDate);
        return ended is { } end
            ? $"The service on {day:MM/dd/yyyy} is after the member's coverage ended on {end:MM/dd/yyyy}."
            : $"The member had no coverage on {day:MM/dd/yyyy}.";
    }
}
