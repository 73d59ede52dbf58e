using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Identity.Sessions;

/// <summary>A sign-in that failed (unknown email or wrong password), counted against the client address it came from.</summary>
public sealed class SignInFailure
{
    public long Id { get; init; }

    public required string ClientAddress { get; init; }

    public required DateTimeOffset FailedAt { get; init; }
}

public sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> failure)
    {
        failure.ToTable("sign_in_failures");
        failure.Property(f => f.ClientAddress).HasMaxLength(64);
        failure.HasIndex(f => new { f.ClientAddress, f.FailedAt });
    }
}
