using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Identity.Offices;

namespace Platform.Identity.Users;

/// <summary>Written by name in JSON, as the Collection Manager filters by it (ACC-04).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UserStatus>))]
public enum UserStatus
{
    Active,
    Deactivated,
}

/// <summary>ACC-05: a personal account — one person, one email, never shared.</summary>
public sealed class User
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Stored lower-case, so sign-in and uniqueness ignore case.</summary>
    public required string Email { get; init; }

    public required string Name { get; set; }

    public UserStatus Status { get; set; } = UserStatus.Active;

    /// <summary>The provider office the user works for; null for the plan's own staff (EA, PlanStaff).</summary>
    public Guid? OfficeId { get; init; }

    public List<string> Roles { get; set; } = [];

    public List<string> Permissions { get; set; } = [];

    public List<Collection> Collections { get; init; } = [];

    public string? PasswordHash { get; set; }

    /// <summary>Set for a password an administrator handed over: the user must choose their own before signing in.</summary>
    public bool MustChangePassword { get; set; }

    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DeactivatedAt { get; set; }

    public uint Version { get; private set; }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("users");
        user.HasKey(u => u.Id);
        user.Property(u => u.Email).HasMaxLength(254);
        user.HasIndex(u => u.Email).IsUnique();
        user.Property(u => u.Name).HasMaxLength(200);
        user.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        user.HasIndex(u => new { u.OfficeId, u.Id });
        user.HasOne<Office>().WithMany().HasForeignKey(u => u.OfficeId);
        user.Property(u => u.PasswordHash).HasMaxLength(200);
        user.HasMany(u => u.Collections).WithMany().UsingEntity(
            "user_collections",
            right => right.HasOne(typeof(Collection)).WithMany().HasForeignKey("collection_id"),
            left => left.HasOne(typeof(User)).WithMany().HasForeignKey("user_id"));
        user.Property(u => u.Version).IsRowVersion();
    }
}
