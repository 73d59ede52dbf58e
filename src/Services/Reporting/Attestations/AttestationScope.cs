using Microsoft.EntityFrameworkCore;
using Platform.Reporting.Data;
using Platform.Reporting.Directory;
using Platform.ServiceDefaults.Auth;

namespace Platform.Reporting.Attestations;

/// <summary>
/// ACC-01 for attestations: an office attests for the providers of its collections; the plan's staff and EA for every
/// provider; a partner client for its network's providers, should one be given the Attestation module (none is: R14
/// makes attestation an office's task). A provider, or an attestation of a provider, outside that answers 404.
/// </summary>
public static class AttestationScope
{
    public static IQueryable<ReportingProvider> VisibleProviders(this ReportingDbContext db, CallerScope scope)
    {
        if (scope.IsPlanWide)
        {
            return db.Providers;
        }

        if (scope.Network is { } network)
        {
            return db.Providers.Where(p => p.Networks.Contains(network));
        }

        var npis = scope.Npis.ToArray();
        return db.Providers.Where(p => npis.Contains(p.Npi));
    }

    public static IQueryable<Attestation> VisibleAttestations(this ReportingDbContext db, CallerScope scope)
    {
        var providers = db.VisibleProviders(scope).Select(p => p.Npi);
        return db.Attestations.Where(a => providers.Contains(a.Npi));
    }

    /// <summary>The caller's attestation with its openings, tracked for a change; another office's is not found.</summary>
    public static Task<Attestation?> VisibleAttestationAsync(this ReportingDbContext db, CallerScope scope, Guid id,
        CancellationToken cancellationToken) =>
        db.VisibleAttestations(scope).Include(a => a.Openings).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
}
