using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Identity.Partners.Assertions;

/// <summary>
/// RFC 7523 §3 / SMART Backend Services: a client assertion's jti, kept until the assertion expires so that the same
/// assertion is accepted once only, across restarts and instances. After its expiry the assertion itself is refused.
/// </summary>
public sealed class UsedAssertion
{
    public required string ClientId { get; init; }

    public required string Jti { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}

public sealed class UsedAssertionConfiguration : IEntityTypeConfiguration<UsedAssertion>
{
    public void Configure(EntityTypeBuilder<UsedAssertion> used)
    {
        used.ToTable("used_client_assertions");
        used.HasKey(u => new { u.ClientId, u.Jti });
        used.Property(u => u.ClientId).HasMaxLength(64);
        used.Property(u => u.Jti).HasMaxLength(AssertionReplay.MaxJtiLength);
        used.HasIndex(u => u.ExpiresAt);
    }
}
