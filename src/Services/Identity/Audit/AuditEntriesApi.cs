using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Audit;
using Platform.Identity.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Audit;

public static class AuditEntriesApi
{
    /// <summary>ACC-05: the plan-wide audit trail, for the EA only.</summary>
    public static IEndpointRouteBuilder MapAuditEntriesApi(this IEndpointRouteBuilder app)
    {
        var entries = app.MapApiGroup("/api/v1/audit-entries", "Audit").RequireAuthorization(Policies.EnterpriseAdministration);

        entries.MapGet("/", async Task<Results<Ok<Page<AuditRecord>>, ValidationProblem>> (
                IdentityDbContext db,
                CancellationToken cancellationToken,
                string? userId = null,
                string? memberId = null,
                DateTimeOffset? from = null,
                DateTimeOffset? to = null,
                string? after = null,
                int limit = Page<AuditRecord>.DefaultLimit) =>
            {
                if (!Page<AuditRecord>.IsValidLimit(limit))
                {
                    return Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<AuditRecord>.MaxLimit}.");
                }

                if (from > to)
                {
                    return Problems.Invalid(nameof(from), "from cannot be later than to.");
                }

                var cursor = default(AuditCursor);
                if (after is not null && !AuditCursor.TryParse(after, out cursor))
                {
                    return Problems.Invalid(nameof(after), "after must be the next value of a previous page.");
                }

                var query = db.AuditEntries.AsNoTracking();
                if (userId is not null)
                {
                    query = query.Where(e => e.UserId == userId);
                }

                if (memberId is not null)
                {
                    // Translated to array containment (@>), which the GIN index on the member ids serves.
                    query = query.Where(e => e.MemberIds.Contains(memberId));
                }

                // Npgsql writes only UTC instants to timestamptz; the caller may give any offset.
                if (from is { } start)
                {
                    query = query.Where(e => e.At >= start.ToUniversalTime());
                }

                if (to is { } end)
                {
                    query = query.Where(e => e.At < end.ToUniversalTime());
                }

                if (after is not null)
                {
                    // Row comparison on (at, id), the order of the indexes: newest first, ties broken by id.
                    query = query.Where(e => EF.Functions.LessThan(ValueTuple.Create(e.At, e.Id), ValueTuple.Create(cursor.At, cursor.Id)));
                }

                var rows = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
                    .Take(limit + 1)
                    .ToListAsync(cancellationToken);
                return TypedResults.Ok(Page<AuditRecord>.From([.. rows.Select(e => e.ToRecord())], limit, AuditCursor.Format));
            })
            .WithName("ListAuditEntries")
            .WithSummary("Audit entries newest first, by user, member and time range [from, to), keyset-paginated (ACC-05).");
        return app;
    }
}

/// <summary>Where a page ended: the instant (UTC ticks) and id of its last entry, "ticks.id".</summary>
public readonly record struct AuditCursor(DateTimeOffset At, Guid Id)
{
    public static string Format(AuditRecord last) => $"{last.At.UtcTicks}.{last.Id:N}";

    public static bool TryParse(string value, out AuditCursor cursor)
    {
        cursor = default;
        var parts = value.Split('.');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !Guid.TryParseExact(parts[1], "N", out var id))
        {
            return false;
        }

        cursor = new AuditCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        return true;
    }
}
