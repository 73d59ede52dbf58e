using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Identity.Keys;

/// <summary>
/// An RSA key that signs access tokens. Published in the JWKS before it signs anything and kept there until the
/// last token it signed has expired, so validators never meet a token whose key they cannot find.
/// </summary>
public sealed class SigningKey
{
    public required string KeyId { get; init; }

    /// <summary>The private key (PKCS#8), encrypted with the configured key-encryption key (AES-GCM).</summary>
    public required byte[] ProtectedPrivateKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>From this instant the key signs; before it, it is only published.</summary>
    public DateTimeOffset ActivatesAt { get; init; }
}

public sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> key)
    {
        key.ToTable("signing_keys");
        key.HasKey(k => k.KeyId);
        key.Property(k => k.KeyId).HasMaxLength(64);
        key.HasIndex(k => k.ActivatesAt);
    }
}
