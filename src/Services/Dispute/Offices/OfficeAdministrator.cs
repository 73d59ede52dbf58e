using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Dispute.Offices;

/// <summary>An office's site administrator (its LOA) as identity last announced it: DSP-06's second recipient.</summary>
public sealed class OfficeAdministrator
{
    public Guid OfficeId { get; init; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    /// <summary>When identity made the change: an older announcement arriving late changes nothing.</summary>
    public DateTimeOffset ChangedAt { get; set; }
}

public sealed class OfficeAdministratorConfiguration : IEntityTypeConfiguration<OfficeAdministrator>
{
    public void Configure(EntityTypeBuilder<OfficeAdministrator> administrator)
    {
        administrator.ToTable("office_administrators");
        administrator.HasKey(a => a.OfficeId);
        administrator.Property(a => a.Name).HasMaxLength(200);
        administrator.Property(a => a.Email).HasMaxLength(254);
    }
}
