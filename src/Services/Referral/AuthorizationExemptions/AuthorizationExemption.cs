using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Referral.AuthorizationExemptions;

/// <summary>REF-03: a category of services that needs no authorization.</summary>
public sealed class AuthorizationExemption
{
    public required string Code { get; init; }

    public required string Service { get; init; }

    public int DisplayOrder { get; init; }
}

public sealed class AuthorizationExemptionConfiguration : IEntityTypeConfiguration<AuthorizationExemption>
{
    // REF-03, worded and ordered as the education deck's "Services That Do Not Require Authorization".
    private static readonly (string Code, string Service)[] Seed =
    [
        ("EMERGENCY", "Emergency services"),
        ("FAMILY_PLANNING", "Family planning services for network or out-of-plan providers"),
        ("SENSITIVE", "Sensitive services (which include family planning)"),
        ("STD", "Sexually transmitted disease services"),
        ("HIV_TESTING", "Human immunodeficiency virus (HIV) testing"),
        ("BASIC_PRENATAL", "Basic prenatal care services"),
        ("ROUTINE_OBSTETRIC", "Routine obstetric services"),
        ("PEDIATRIC_PREVENTIVE", "Pediatric preventive services"),
        ("MINOR_CONSENT", "Minor consent services"),
        ("PRIMARY_PREVENTIVE", "Primary and preventive care services"),
    ];

    /// <summary>Each exemption's service, by its code: the rules word their refusals with it (REF-03), no read needed.</summary>
    public static readonly IReadOnlyDictionary<string, string> Services = Seed.ToDictionary(e => e.Code, e => e.Service);

    public void Configure(EntityTypeBuilder<AuthorizationExemption> exemption)
    {
        exemption.ToTable("authorization_exemptions");
        exemption.HasKey(e => e.Code);
        exemption.Property(e => e.Code).HasMaxLength(30);
        exemption.Property(e => e.Service).HasMaxLength(200);
        exemption.HasData(Seed.Select((e, i) => new AuthorizationExemption { Code = e.Code, Service = e.Service, DisplayOrder = i + 1 }));
    }
}
