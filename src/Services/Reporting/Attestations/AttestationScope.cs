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
        return scope.IsPlanWide ? db.Attestations : db.Attestations.Where(a => providers.Contains(a.Npi));
    }
}
