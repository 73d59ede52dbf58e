using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Identity.Partners;

/// <summary>ACC-06: a health network's API client; its tokens are scoped to the network it belongs to.</summary>
public sealed class PartnerClient
{
    public required string ClientId { get; init; }

    public required string Name { get; set; }

    /// <summary>The health network code (as the eligibility service lists them, e.g. ALTAMED).</summary>
    public required string NetworkCode { get; init; }

    /// <summary>SHA-256 of the secret: secrets are long random values, so a slow password hash adds nothing.</summary>
    public required string SecretHash { get; set; }

    public List<string> Permissions { get; set; } = [];

    public bool Active { get; set; } = true;

    /// <summary>
    /// SMART Backend Services: the client's public JSON Web Key Set (RS384/ES384 keys, public members only, as
    /// <see cref="PartnerJwks"/> normalized it), against which its signed client assertions are verified; null when the
    /// client authenticates by secret only. A jwks_uri (keys fetched from the client) is not supported.
    /// </summary>
    public string? Jwks { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

public sealed class PartnerClientConfiguration : IEntityTypeConfiguration<PartnerClient>
{
    public void Configure(EntityTypeBuilder<PartnerClient> client)
    {
        client.ToTable("partner_clients");
        client.HasKey(c => c.ClientId);
        client.Property(c => c.ClientId).HasMaxLength(64);
        client.Property(c => c.Name).HasMaxLength(200);
        client.Property(c => c.NetworkCode).HasMaxLength(20);
        client.Property(c => c.SecretHash).HasMaxLength(64);
        client.Property(c => c.Jwks).HasColumnType("jsonb");
    }
}
