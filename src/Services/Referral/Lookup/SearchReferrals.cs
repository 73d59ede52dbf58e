using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Dates;
using Platform.Contracts.Identifiers;
using Platform.Referral.Data;
using Platform.Referral.Referrals;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Referral.Lookup;

using Referral = Platform.Referral.Referrals.Referral;

/// <summary>A row of Referral Lookup: enough to pick a referral, and its number to open it.</summary>
public sealed record ReferralSummary(
    string ReferralNumber, string Cin, string? MemberName, string RequestingNpi, string ServicingNpi, string? ServicingName, ReferralStatus Status,
    ReferralUrgency Urgency, DateOnly ServiceFrom, DateOnly SubmittedOn, DateTimeOffset? DueAt);

public static class SearchReferrals
{
    /// <summary>REF-11: the lookup's window when none is given, the face sheet's too (ELG-04).</summary>
    public const int DefaultYears = 2;

    /// <summary>
    /// Referral Lookup: the caller's referrals by member (CIN), referral number, status and provider (requesting or
    /// referred-to) — all combined — submitted within from…to (the last two years by default, REF-11), newest first,
    /// keyset-paged by referral number (numbers follow the submission order).
    /// </summary>
    public static RouteHandlerBuilder MapSearchReferrals(this RouteGroupBuilder referrals) => referrals
        .MapGet("/", async Task<Results<Ok<Page<ReferralSummary>>, ValidationProblem>> (
            CallerScope scope, ReferralDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken,
            string? cin = null, string? referralNumber = null, string? status = null, string? npi = null, DateOnly? from = null, DateOnly? to = null,
            string? after = null, int limit = Page<ReferralSummary>.DefaultLimit) =>
        {
            if (Problem(cin, referralNumber, status, npi, from, to, after, limit) is { } problem)
            {
                return problem;
            }

            ReferralStatus? wanted = status is null ? null : Enum.Parse<ReferralStatus>(status, ignoreCase: true);
            var member = Cin.TryParse(cin, out var parsedCin) ? parsedCin.Value : null;
            var since = from ?? time.PlanToday().AddYears(-DefaultYears);
            var found = await db.VisibleReferrals(scope).AsNoTracking()
                .Where(r => (member == null || r.Cin == member) && (referralNumber == null || r.ReferralNumber == referralNumber) && (wanted == null || r.Status == wanted)
                    && (npi == null || r.RequestingNpi == npi || r.ServicingNpi == npi) && r.SubmittedOn >= since && (to == null || r.SubmittedOn <= to)
                    && (after == null || string.Compare(r.ReferralNumber, after) < 0))
                .OrderByDescending(r => r.ReferralNumber)
                .Take(limit + 1)
                .Select(r => new ReferralSummary(r.ReferralNumber, r.Cin,
                    db.Members.Where(m => m.Cin == r.Cin).Select(m => m.FirstName + " " + m.LastName).FirstOrDefault(),
                    r.RequestingNpi, r.ServicingNpi, db.Providers.Where(p => p.Npi == r.ServicingNpi).Select(p => p.Name).FirstOrDefault(),
                    r.Status, r.Urgency, r.ServiceFrom, r.SubmittedOn, r.DueAt))
                .ToListAsync(cancellationToken);
            var page = Page<ReferralSummary>.From(found, limit, r => r.ReferralNumber);
            // ACC-05: a page is one read of every referral and member it shows ("*": the list, not one referral).
            await audit.RecordReadAsync(nameof(Referral), "*", [.. page.Items.Select(r => r.Cin).Distinct()], ct: cancellationToken);
            return TypedResults.Ok(page);
        })
        .WithName("SearchReferrals")
        .WithSummary("Referral Lookup: the caller's referrals by member, number, status and provider, submitted in the last two years unless from/to say otherwise (REF-11), newest first; keyset-paginated.");

    private static ValidationProblem? Problem(string? cin, string? referralNumber, string? status, string? npi, DateOnly? from, DateOnly? to, string? after, int limit) =>
        (cin, referralNumber, status, npi) switch
        {
            (not null, _, _, _) when !Cin.TryParse(cin, out _) => Problems.Invalid(nameof(cin), "A CIN is eight digits followed by a letter."),
            (_, not null, _, _) when !ReferralScope.IsNumber(referralNumber) => Problems.Invalid(nameof(referralNumber), ReferralScope.NumberMessage),
            (_, _, not null, _) when !Enum.TryParse<ReferralStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsAsciiDigit(status[0]) =>
                Problems.Invalid(nameof(status), $"status is one of {string.Join(", ", Enum.GetNames<ReferralStatus>())}."),
            (_, _, _, not null) when !Npi.TryParse(npi, out _) => Problems.Invalid(nameof(npi), Npi.Message),
            _ when from is { } start && DateBounds.Coverage(start) is { } message => Problems.Invalid(nameof(from), message),
            _ when to is { } end && DateBounds.Coverage(end) is { } message => Problems.Invalid(nameof(to), message),
            _ when from > to => Problems.Invalid(nameof(from), "from cannot be later than to."),
            _ when after is not null && !ReferralScope.IsNumber(after) => Problems.Invalid(nameof(after), "after must be the next value of a previous page."),
            _ when !Page<ReferralSummary>.IsValidLimit(limit) => Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<ReferralSummary>.MaxLimit}."),
            _ => null,
        };
}
