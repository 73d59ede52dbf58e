using Microsoft.EntityFrameworkCore;
using Platform.Reporting.Data;

namespace Platform.Reporting.Attestations;

/// <summary>A training material as the attestation form lists it: opened (recorded by the server) or not yet.</summary>
public sealed record MaterialState(string Code, string Title, bool Opened, DateTimeOffset? OpenedAt);

/// <summary>An attestation in progress or submitted (RPT-05): its provider, due date, the six materials and, once submitted, who attested for whom.</summary>
public sealed record AttestationResponse(
    Guid Id, string Npi, string Tin, string ProviderName, AttestationKind Kind, DateOnly DueDate, AttestationStatus Status, bool Overdue,
    IReadOnlyList<MaterialState> Materials, IReadOnlyList<string> Attendees, DateTimeOffset? SubmittedAt, string? SubmittedBy)
{
    /// <summary>The titles of the materials not yet opened, in display order.</summary>
    public IEnumerable<string> Unopened() => Materials.Where(m => !m.Opened).Select(m => m.Title);
}

public static class AttestationResponses
{
    public static async Task<AttestationResponse> ResponseAsync(this ReportingDbContext db, Attestation attestation, DateOnly today, CancellationToken cancellationToken)
    {
        var name = await db.Providers.Where(p => p.Npi == attestation.Npi).Select(p => p.Name).SingleAsync(cancellationToken);
        var materials = await db.TrainingMaterials.AsNoTracking().OrderBy(m => m.DisplayOrder).ToListAsync(cancellationToken);
        var opened = attestation.Openings.ToDictionary(o => o.MaterialCode, o => o.OpenedAt);
        return new AttestationResponse(attestation.Id, attestation.Npi, attestation.Tin, name, attestation.Kind, attestation.DueDate,
            attestation.IsSubmitted ? AttestationStatus.Submitted : AttestationStatus.Pending,
            AttestationDueDates.IsOverdue(attestation.DueDate, attestation.IsSubmitted, today),
            [.. materials.Select(m => new MaterialState(m.Code, m.Title, opened.ContainsKey(m.Code), opened.TryGetValue(m.Code, out var at) ? at : null))],
            attestation.Attendees, attestation.SubmittedAt, attestation.SubmittedBy);
    }
}
