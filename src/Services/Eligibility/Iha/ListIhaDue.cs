using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Eligibility.Data;
using Platform.Eligibility.Members;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Eligibility.Iha;

public sealed record IhaDueMember(string Cin, string FirstName, string LastName, DateOnly DateOfBirth, DateOnly EnrolledOn, DateOnly DueBy);

public static class ListIhaDue
{
    /// <summary>ELG-07 [EDU]: an Initial Health Appointment is due within 120 days of enrollment.</summary>
    public const int DueWithinDays = 120;

    /// <summary>
    /// ELG-07: the members now assigned to this PCP who enrolled within the last 120 days — enrollment being their
    /// first span with the plan, so a later PCP change does not make an IHA due again — soonest due first. Whether an
    /// IHA was done comes from encounters (claims), not part of this slice, so every such member is listed as due.
    /// </summary>
    public static RouteHandlerBuilder MapListIhaDue(this RouteGroupBuilder providers) => providers
        .MapGet("/{npi}/iha-due", async Task<Results<Ok<Page<IhaDueMember>>, ValidationProblem, ProblemHttpResult>> (
            string npi, CallerScope scope, EligibilityDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken,
            string? after = null, int limit = Page<IhaDueMember>.DefaultLimit) =>
        {
            if (!Page<IhaDueMember>.IsValidLimit(limit))
            {
                return Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<IhaDueMember>.MaxLimit}.");
            }

            if (!Npi.TryParse(npi, out _))
            {
                return Problems.Invalid(nameof(npi), Npi.Message);
            }

            var position = Keyset.Parse(after);
            if (after is not null && position is null)
            {
                return Problems.Invalid(nameof(after), "Pass back the next value of the previous page.");
            }

            // ACC-01: another provider's list is not found; a partner (ACC-06) sees the members of its network only.
            if (scope.Network is null && !scope.CanActFor(npi))
            {
                return Problems.NotFound($"Provider {npi}");
            }

            var today = time.PlanToday();
            var enrolledSince = today.AddDays(-DueWithinDays);
            var (afterDate, afterCin) = position ?? (DateOnly.MinValue, "");
            var assigned = db.CoverageSpans.VisibleTo(scope, s => s.PcpNpi!, s => s.Program)
                .Where(s => s.PcpNpi == npi && s.StartDate <= today && (s.EndDate == null || s.EndDate >= today));
            var rows = await db.Members.AsNoTracking()
                .Where(m => assigned.Any(s => s.MemberCin == m.Cin))
                .Select(m => new { m.Cin, m.FirstName, m.LastName, m.DateOfBirth, EnrolledOn = m.Spans.Min(s => s.StartDate) })
                .Where(m => m.EnrolledOn >= enrolledSince)
                .Where(m => after == null || m.EnrolledOn > afterDate || (m.EnrolledOn == afterDate && string.Compare(m.Cin, afterCin) > 0))
                .OrderBy(m => m.EnrolledOn).ThenBy(m => m.Cin)
                .Take(limit + 1)
                .ToListAsync(cancellationToken);
            var page = Page<IhaDueMember>.From(
                [.. rows.Select(m => new IhaDueMember(m.Cin, m.FirstName, m.LastName, m.DateOfBirth, m.EnrolledOn, m.EnrolledOn.AddDays(DueWithinDays)))],
                limit,
                Keyset.Format);
            // ACC-05: a page is one read of every member it shows.
            await audit.RecordReadAsync("IhaDueList", npi, [.. page.Items.Select(m => m.Cin)], ct: cancellationToken);
            return TypedResults.Ok(page);
        })
        .WithName("ListIhaDue")
        .WithSummary("Members assigned to a PCP whose Initial Health Appointment is due, soonest first (ELG-07), keyset-paginated.");

    /// <summary>The list's order is (enrollment date, CIN); "next" carries both, e.g. 2026-10-01_91234567A.</summary>
    private static class Keyset
    {
        public static string Format(IhaDueMember member) => $"{member.EnrolledOn:yyyy-MM-dd}_{member.Cin}";

        public static (DateOnly EnrolledOn, string Cin)? Parse(string? text) =>
            text?.Split('_') is [var date, var cin]
            && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var enrolledOn)
                ? (enrolledOn, cin)
                : null;
    }
}
