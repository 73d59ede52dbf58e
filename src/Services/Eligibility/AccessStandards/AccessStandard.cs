using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Eligibility.AccessStandards;

/// <summary>POR-02: a DHCS/DMHC access standard a contracted provider must meet, as the plan publishes it.</summary>
public sealed class AccessStandard
{
    /// <summary>The order the deck lists them in.</summary>
    public int Position { get; init; }

    public required string Category { get; init; }

    public required string TypeOfCare { get; init; }

    public required string Standard { get; init; }
}

public sealed class AccessStandardConfiguration : IEntityTypeConfiguration<AccessStandard>
{
    private const string Medical = "Access to medical care";
    private const string Telephone = "Telephone access services";

    // POR-02: the education deck's Access Standards tables, wording as printed there.
    private static readonly (string Category, string TypeOfCare, string Standard)[] Seed =
    [
        (Medical, "Emergency services", "Immediately. 24/7"),
        (Medical, "Urgent care services", "Within 24 hours of request"),
        (Medical, "Urgent appointment – No prior authorization", "Required within 48 hours of request"),
        (Medical, "Urgent appointments – Prior authorization", "Required within 96 hours of request"),
        (Medical, "Non-urgent acute care", "Within three working days after date of request"),
        (Medical, "Primary care", "Within 10 working days after date of request"),
        (Medical, "Routine physical exams and wellness visits", "Within 30 calendar days after the date of request"),
        (Medical, "Non-urgent specialty care", "Within 15 working days of request for appointment"),
        (Medical, "Non-urgent ancillary services for diagnosis or treatment", "Within 15 working days of request for appointment"),
        (Medical, "In-office wait time for appointments", "Less than 45 minutes before being seen by a provider"),
        (Medical, "Rescheduling appointments",
            "Appointments will be rescheduled in a manner appropriate for the member’s health care needs and ensures "
            + "continuity of care is consistent with good professional practice"),
        (Telephone, "After-hours access",
            "A primary care provider (PCP) or designee shall be available 24/7 to respond to after-hours member calls "
            + "or a hospital emergency room practitioner"),
        (Telephone, "After-hours phone message",
            "After-hours phone message instructing members to dial 911 or go to nearest emergency room (in emergency situations)"),
    ];

    public void Configure(EntityTypeBuilder<AccessStandard> standard)
    {
        standard.ToTable("access_standards");
        standard.HasKey(s => s.Position);
        standard.Property(s => s.Position).ValueGeneratedNever();
        standard.Property(s => s.Category).HasMaxLength(60);
        standard.Property(s => s.TypeOfCare).HasMaxLength(100);
        standard.Property(s => s.Standard).HasMaxLength(300);
        standard.HasData(Seed.Select((s, i) => new AccessStandard
        {
            Position = i + 1, Category = s.Category, TypeOfCare = s.TypeOfCare, Standard = s.Standard,
        }));
    }
}
