using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Claims;
using Platform.Claims.Data;
using Platform.Contracts.Dates;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Claims.Lookup;

/// <summary>CLM-01: one search result, the columns of R14's Claim Search Results.</summary>
public sealed record ClaimSummary(
    string ClaimNumber,
    ClaimStatus Status,
    string MemberName,
    string Cin,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    string BillingNpi,
    decimal BilledAmount,
    decimal? PayableAmount,
    string LineOfBusiness,
    string? Payment);

/// <summary>A page of results with the payable-amount note R14 shows on every page.</summary>
public sealed record ClaimSearchPage(IReadOnlyList<ClaimSummary> Items, string? Next, string PayableNote);

public static class SearchClaims
{
    public static RouteHandlerBuilder MapSearchClaims(this RouteGroupBuilder claims) => claims
        .MapGet("/", async Task<Results<Ok<ClaimSearchPage>, ValidationProblem>> (
            CallerScope scope, ClaimsDbContext db, IAuditTrail audit, CancellationToken cancellationToken,
            string? cin = null, string? claimNumber = null, DateOnly? from = null, DateOnly? to = null, string? status = null,
            string? after = null, int limit = Page<ClaimSummary>.DefaultLimit) =>
        {
            if (Problem(cin, claimNumber, from, to, after, limit) is { } problem)
            {
                return problem;
            }

            ClaimStatus? wanted = null;
            if (status is not null)
            {
                if (!Enum.TryParse<ClaimStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsAsciiDigit(status[0]))
                {
                    return Problems.Invalid(nameof(status), $"status is one of {string.Join(", ", Enum.GetNames<ClaimStatus>())}.");
                }

                wanted = parsed;
            }

            var query = db.Claims.AsNoTracking().VisibleTo(scope, c => c.BillingNpi, c => c.HealthNetwork);
            if (claimNumber is not null)
            {
                query = query.Where(c => c.ClaimNumber == claimNumber);
            }
            else
            {
                Cin.TryParse(cin, out var member);
                query = query.Where(c => c.Cin == member.Value);
            }

            // A claim is in the range when any of its days of service is.
            query = query.Where(c => (from == null || c.ServiceTo >= from) && (to == null || c.ServiceFrom <= to) && (wanted == null || c.Status == wanted));
            if (after is not null && ClaimCursor.TryParse(after, out var cursor))
            {
                query = query.Where(c => EF.Functions.LessThan(ValueTuple.Create(c.ServiceFrom, c.ClaimNumber), ValueTuple.Create(cursor.ServiceFrom, cursor.ClaimNumber)));
            }

            var found = await query.Join(db.Members, c => c.Cin, m => m.Cin, (c, m) => new { Claim = c, m.FirstName, m.LastName })
                .OrderByDescending(row => row.Claim.ServiceFrom).ThenByDescending(row => row.Claim.ClaimNumber)
                .Take(limit + 1)
                .Select(row => new
                {
                    row.Claim.ClaimNumber, row.Claim.Status, row.FirstName, row.LastName, row.Claim.Cin, row.Claim.ServiceFrom, row.Claim.ServiceTo,
                    row.Claim.BillingNpi, row.Claim.BilledAmount, row.Claim.PayableAmount, row.Claim.LineOfBusiness, row.Claim.PaymentMethod, row.Claim.PaymentNumber,
                })
                .ToListAsync(cancellationToken);
            var rows = found.Select(c => new ClaimSummary(c.ClaimNumber, c.Status, $"{c.FirstName} {c.LastName}", c.Cin, c.ServiceFrom, c.ServiceTo,
                c.BillingNpi, c.BilledAmount, c.PayableAmount, c.LineOfBusiness, PaymentText.Of(c.PaymentMethod, c.PaymentNumber))).ToList();
            var page = Page<ClaimSummary>.From(rows, limit, ClaimCursor.Format);
            // ACC-05: a page is one read of every claim and member it shows ("*": the list, not one claim).
            await audit.RecordReadAsync(nameof(Claim), "*", [.. page.Items.Select(c => c.Cin).Distinct()], [.. page.Items.Select(c => c.ClaimNumber)], cancellationToken);
            return TypedResults.Ok(new ClaimSearchPage(page.Items, page.Next, ClaimNotes.Payable));
        })
        .WithName("SearchClaims")
        .WithSummary("Claims by member (CIN) or by claim number (CLM-01), newest service first, with a date-of-service range and a status; keyset-paginated.");

    private static ValidationProblem? Problem(string? cin, string? claimNumber, DateOnly? from, DateOnly? to, string? after, int limit) => (cin, claimNumber) switch
    {
        (null, null) or (not null, not null) => Problems.Invalid(nameof(cin), "Search by a member's CIN or by a claim number: one of the two."),
        (not null, _) when !Cin.TryParse(cin, out _) => Problems.Invalid(nameof(cin), "A CIN is eight digits followed by a letter."),
        (_, not null) when !ClaimNumber.IsValid(claimNumber) => Problems.Invalid(nameof(claimNumber), ClaimNumber.Message),
        _ when from is { } start && DateBounds.Coverage(start) is { } message => Problems.Invalid(nameof(from), message),
        _ when to is { } end && DateBounds.Coverage(end) is { } message => Problems.Invalid(nameof(to), message),
        _ when from > to => Problems.Invalid(nameof(from), "from cannot be later than to."),
        _ when after is not null && !ClaimCursor.TryParse(after, out _) => Problems.Invalid(nameof(after), "after must be the next value of a previous page."),
        _ when !Page<ClaimSummary>.IsValidLimit(limit) => Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<ClaimSummary>.MaxLimit}."),
        _ => null,
    };
}
