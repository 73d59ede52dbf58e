using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Reporting.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Reporting.Attestations;

/// <summary>A row of the search: a provider, the attestation of the kind they owe, and where it stands.</summary>
public sealed record AttestationDue(
    string Npi, string Tin, string ProviderName, AttestationKind Kind, DateOnly DueDate, AttestationStatus Status, bool Overdue, Guid? AttestationId);

public static class SearchAttestations
{
    public const int MaxName = 100;

    /// <summary>
    /// RPT-04: the caller's providers (ACC-01) with the attestation of the kind they owe — Initial: 30 days after
    /// joining, found by provider name, provider id (NPI) or TIN; Annual: this calendar year's, found by TIN only —
    /// its status and whether it is overdue by the plan's today. Keyset-paged by NPI.
    /// </summary>
    public static RouteHandlerBuilder MapSearchAttestations(this RouteGroupBuilder attestations) => attestations
        .MapGet("/", async Task<Results<Ok<Page<AttestationDue>>, ValidationProblem>> (
            CallerScope scope, ReportingDbContext db, TimeProvider time, CancellationToken cancellationToken,
            string? kind = null, string? name = null, string? npi = null, string? tin = null, string? after = null, int limit = Page<AttestationDue>.DefaultLimit) =>
        {
            if (Problem(kind, name, npi, tin, after, limit) is { } problem)
            {
                return problem;
            }

            AttestationKinds.TryParse(kind, out var wanted);
            var today = time.PlanToday();
            var taxId = Tin.TryParse(tin, out var parsedTin) ? parsedTin.Value : null;
            var pattern = string.IsNullOrWhiteSpace(name) ? null : $"%{Escaped(name.Trim())}%";
            var providers = await db.VisibleProviders(scope).AsNoTracking()
                .Where(p => (pattern == null || EF.Functions.ILike(p.Name, pattern)) && (npi == null || p.Npi == npi) && (taxId == null || p.Tin == taxId)
                    && (after == null || string.Compare(p.Npi, after) > 0))
                .OrderBy(p => p.Npi)
                .Take(limit + 1)
                .Select(p => new { p.Npi, p.Tin, p.Name, p.JoinedOn })
                .ToListAsync(cancellationToken);
            var npis = providers.Select(p => p.Npi).ToList();
            var started = await db.Attestations.AsNoTracking().Where(a => npis.Contains(a.Npi) && a.Kind == wanted)
                .Select(a => new { a.Id, a.Npi, a.DueDate, a.SubmittedAt })
                .ToListAsync(cancellationToken);
            var rows = providers.Select(p =>
            {
                var due = AttestationDueDates.Owed(wanted, p.JoinedOn, today.Year);
                var attestation = started.Find(a => a.Npi == p.Npi && a.DueDate == due);
                var submitted = attestation?.SubmittedAt is not null;
                return new AttestationDue(p.Npi, p.Tin, p.Name, wanted, due, submitted ? AttestationStatus.Submitted : AttestationStatus.Pending,
                    AttestationDueDates.IsOverdue(due, submitted, today), attestation?.Id);
            }).ToList();
            return TypedResults.Ok(Page<AttestationDue>.From(rows, limit, r => r.Npi));
        })
        .WithName("SearchAttestations")
        .WithSummary("Provider Training Attestation search (RPT-04): the caller's providers with the initial attestation (by provider name, NPI or TIN) or this year's annual one (by TIN only), its due date, Pending/Submitted and overdue; keyset-paginated by NPI.");

    private static ValidationProblem? Problem(string? kind, string? name, string? npi, string? tin, string? after, int limit)
    {
        if (!AttestationKinds.TryParse(kind, out var parsed))
        {
            return Problems.Invalid(nameof(kind), AttestationKinds.Message);
        }

        // RPT-04: the annual attestation is found by TIN only.
        if (parsed == AttestationKind.Annual && (name is not null || npi is not null))
        {
            return Problems.Invalid(name is not null ? nameof(name) : nameof(npi), "An annual attestation is searched by TIN only.");
        }

        return (name, npi, tin) switch
        {
            ({ Length: > MaxName }, _, _) => Problems.Invalid(nameof(name), $"A provider name to search for is at most {MaxName} characters."),
            (_, not null, _) when !Npi.TryParse(npi, out _) => Problems.Invalid(nameof(npi), Npi.Message),
            (_, _, not null) when !Tin.TryParse(tin, out _) => Problems.Invalid(nameof(tin), Tin.Message),
            _ when after is not null && !Npi.TryParse(after, out _) => Problems.Invalid(nameof(after), "after must be the next value of a previous page."),
            _ when !Page<AttestationDue>.IsValidLimit(limit) => Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<AttestationDue>.MaxLimit}."),
            _ => null,
        };
    }

    /// <summary>A name searched for as typed: LIKE's wildcards and escape character match themselves.</summary>
    private static string Escaped(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
