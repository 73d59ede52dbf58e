using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Dates;
using Platform.Contracts.Identifiers;
using Platform.Dispute.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Dispute.Disputes;

/// <summary>DSP-08's search result: enough to pick a dispute from a list, and its number to open it.</summary>
public sealed record DisputeSummary(
    string DisputeNumber, string ClaimNumber, string Cin, string BillingNpi, int Level, DisputeType Type, DisputeStatus Status,
    string RoutedTo, DateOnly ReceivedOn, DateOnly? DecideBy);

public static class SearchDisputes
{
    /// <summary>
    /// DSP-08: the caller's disputes by claim number, member (CIN), provider (NPI), status and date received — any of
    /// them, all combined — newest first, keyset-paged by dispute number (numbers follow the filing order).
    /// </summary>
    public static RouteHandlerBuilder MapSearchDisputes(this RouteGroupBuilder disputes) => disputes
        .MapGet("/", async Task<Results<Ok<Page<DisputeSummary>>, ValidationProblem>> (
            CallerScope scope, DisputeDbContext db, IAuditTrail audit, CancellationToken cancellationToken,
            string? claimNumber = null, string? cin = null, string? npi = null, string? status = null, DateOnly? from = null, DateOnly? to = null,
            string? after = null, int limit = Page<DisputeSummary>.DefaultLimit) =>
        {
            if (Problem(claimNumber, cin, npi, status, from, to, after, limit) is { } problem)
            {
                return problem;
            }

            DisputeStatus? wanted = status is null ? null : Enum.Parse<DisputeStatus>(status, ignoreCase: true);
            var member = Cin.TryParse(cin, out var parsedCin) ? parsedCin.Value : null;
            var found = await db.Disputes.AsNoTracking().VisibleTo(scope, d => d.BillingNpi, d => d.HealthNetwork)
                .Where(d => (claimNumber == null || d.ClaimNumber == claimNumber) && (member == null || d.Cin == member) && (npi == null || d.BillingNpi == npi)
                    && (wanted == null || d.Status == wanted) && (from == null || d.ReceivedOn >= from) && (to == null || d.ReceivedOn <= to)
                    && (after == null || string.Compare(d.DisputeNumber, after) < 0))
                .OrderByDescending(d => d.DisputeNumber)
                .Take(limit + 1)
                .Select(d => new DisputeSummary(d.DisputeNumber, d.ClaimNumber, d.Cin, d.BillingNpi, d.Level, d.Type, d.Status,
                    d.HealthNetwork ?? DisputeResponse.Plan, d.ReceivedOn, d.DecideBy))
                .ToListAsync(cancellationToken);
            var page = Page<DisputeSummary>.From(found, limit, d => d.DisputeNumber);
            // ACC-05: a page is one read of every dispute and member it shows ("*": the list, not one dispute).
            await audit.RecordReadAsync(nameof(Dispute), "*", [.. page.Items.Select(d => d.Cin).Distinct()], [.. page.Items.Select(d => d.ClaimNumber)], cancellationToken);
            return TypedResults.Ok(page);
        })
        .WithName("SearchDisputes")
        .WithSummary("The caller's disputes by claim number, member, provider, status and date received (DSP-08), newest first; keyset-paginated.");

    private static ValidationProblem? Problem(string? claimNumber, string? cin, string? npi, string? status, DateOnly? from, DateOnly? to, string? after, int limit) =>
        (claimNumber, cin, npi, status) switch
        {
            (not null, _, _, _) when !ClaimNumber.IsValid(claimNumber) => Problems.Invalid(nameof(claimNumber), ClaimNumber.Message),
            (_, not null, _, _) when !Cin.TryParse(cin, out _) => Problems.Invalid(nameof(cin), "A CIN is eight digits followed by a letter."),
            (_, _, not null, _) when !Npi.TryParse(npi, out _) => Problems.Invalid(nameof(npi), Npi.Message),
            (_, _, _, not null) when !Enum.TryParse<DisputeStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsAsciiDigit(status[0]) =>
                Problems.Invalid(nameof(status), $"status is one of {string.Join(", ", Enum.GetNames<DisputeStatus>())}."),
            _ when from is { } start && DateBounds.Coverage(start) is { } message => Problems.Invalid(nameof(from), message),
            _ when to is { } end && DateBounds.Coverage(end) is { } message => Problems.Invalid(nameof(to), message),
            _ when from > to => Problems.Invalid(nameof(from), "from cannot be later than to."),
            _ when after is not null && !DisputesApi.IsNumber(after) => Problems.Invalid(nameof(after), "after must be the next value of a previous page."),
            _ when !Page<DisputeSummary>.IsValidLimit(limit) => Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<DisputeSummary>.MaxLimit}."),
            _ => null,
        };
}
