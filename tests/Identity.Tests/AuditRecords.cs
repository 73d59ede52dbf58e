using Platform.Contracts.Audit;
using Platform.Identity.Audit;
using Platform.Testing;

namespace Platform.Identity.Tests;

/// <summary>Audit entries as a service would record them; each test picks its own user and members to stay apart.</summary>
internal static class AuditRecords
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static AuditRecord Read(string? userId = null, DateTimeOffset? at = null, params string[] memberIds)
    {
        var when = at ?? Monday;
        var claimNumber = TestData.ClaimNumber();
        return new AuditRecord(
            Guid.CreateVersion7(when), when, "claims", userId ?? $"user-{Guid.NewGuid():N}", "Test User", "Read", "Claim", claimNumber,
            memberIds.Length == 0 ? [TestData.Cin()] : memberIds, [claimNumber], "203.0.113.7", null);
    }

    public static AuditEntry Entry(string? userId = null, DateTimeOffset? at = null, params string[] memberIds) =>
        AuditEntry.From(Read(userId, at, memberIds));
}
