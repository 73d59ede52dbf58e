using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Platform.Contracts.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.ServiceDefaults.Audit;

/// <summary>Describes entries from the current request and hands reads to the group-commit writer.</summary>
public sealed class AuditTrail(IHttpContextAccessor http, IAuditQueue queue, TimeProvider time, string service) : IAuditTrail
{
    public Task RecordReadAsync(
        string resourceType,
        string resourceId,
        IReadOnlyCollection<string>? memberIds = null,
        IReadOnlyCollection<string>? claimIds = null,
        CancellationToken ct = default) =>
        queue.CommitAsync(Describe(AuditActions.Read, resourceType, resourceId, memberIds, claimIds), ct);

    public AuditRecord Describe(
        string action,
        string resourceType,
        string resourceId,
        IReadOnlyCollection<string>? memberIds = null,
        IReadOnlyCollection<string>? claimIds = null)
    {
        var context = http.HttpContext;
        var now = time.GetUtcNow();
        return new AuditRecord(
            Guid.CreateVersion7(now),
            now,
            service,
            context?.User.FindFirstValue(PlatformClaims.Subject),
            context?.User.FindFirstValue(PlatformClaims.Name),
            action,
            resourceType,
            resourceId,
            [.. (memberIds ?? []).Distinct()],
            [.. (claimIds ?? []).Distinct()],
            ClientAddress(context?.Connection.RemoteIpAddress),
            Activity.Current?.TraceId.ToString());
    }

    /// <summary>
    /// The original client: the forwarded-headers middleware (MapDefaultEndpoints) has already replaced the
    /// gateway's address with the one it forwarded. Dual-stack sockets report IPv4 clients as ::ffff:a.b.c.d.
    /// </summary>
    private static string? ClientAddress(IPAddress? address) =>
        address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4().ToString() : address?.ToString();
}
