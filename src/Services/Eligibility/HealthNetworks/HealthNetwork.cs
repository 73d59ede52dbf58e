using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Eligibility;

namespace Platform.Eligibility.HealthNetworks;

/// <summary>ELG-03 [EDU delivery model]: whether a network carries the full risk of its members' care or shares it with the plan.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RiskType>))]
public enum RiskType
{
    [JsonStringEnumMemberName("FULL")] Full,
    [JsonStringEnumMemberName("SHARED")] Shared,
}

/// <summary>POR-02: a health network and how a provider office reaches it by phone.</summary>
public sealed class HealthNetwork
{
    /// <summary>CalOptima Health Community Network: the plan's own network, whose members have an assigned PCP (ELG-05).</summary>
    public const string CommunityNetwork = Programs.CommunityNetwork;

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Phone { get; init; }

    /// <summary>The options to press once connected, as the plan publishes them.</summary>
    public required string PhoneMenu { get; init; }

    /// <summary>
    /// Null where the deck names no risk: CCN is administered by the plan (fee-for-service, under CalOptima Health
    /// Direct) and Kaiser does not appear in the delivery model.
    /// </summary>
    public RiskType? RiskType { get; init; }
}

public sealed class HealthNetworkConfiguration : IEntityTypeConfiguration<HealthNetwork>
{
    // POR-02: the education deck's Health Network Contact List, names as printed there; ELG-03: risk from its
    // Medi-Cal delivery model slide (PHC and HMO networks full risk, PMG networks shared; Family Choice is listed
    // there as Family Choice Health Services (HMO), full risk).
    private static readonly (string Code, string Name, string Phone, string PhoneMenu, RiskType? Risk)[] Seed =
    [
        ("ALTAMED", "AltaMed Health Services", "866-880-7805", "Press 1 (English), then 2 (Provider)", RiskType.Shared),
        ("AMVI", "AMVI Care Health Network", "888-747-2684", "Press 1 (Provider)", RiskType.Full),
        (HealthNetwork.CommunityNetwork, "CalOptima Health Community Network", "714-246-8500", "Press 1 (English), then 2 (Provider)", null),
        ("CHOC", "CHOC Health Alliance", "800-387-1103", "Press 1 (Claims), 2 (Referrals/Authorizations) or 3 (Other)", RiskType.Full),
        ("FAMILY_CHOICE", "Family Choice Health Network", "800-611-0111", "Press 1 (English), then 2 (Provider)", RiskType.Full),
        ("HPN_REGAL", "HPN-Regal Medical Group", "800-747-2362", "Press 1 (English), then 2 (Provider)", RiskType.Full),
        ("KAISER", "Kaiser Permanente", "800-464-4000",
            "Press 1 (English), then 1 (Appointments), 2 (Claims), 3 (Coverage), 4 (Locations) or 5 (More options)", null),
        ("NOBLE", "Noble Mid-Orange County", "888-880-8811", "Press 1 (English), then 2 (Provider)", RiskType.Shared),
        ("OPTUM_ARTA", "Optum Care Network - Arta", "310-354-4200", "Press 3 (Provider)", RiskType.Full),
        ("OPTUM_MONARCH", "Optum Care Network – Monarch", "888-656-7523", "Press 1 (English)", RiskType.Full),
        ("OPTUM_TALBERT", "Optum Care Network – Talbert", "310-354-4200", "Press 3 (Provider)", RiskType.Full),
        ("PROSPECT", "Prospect Medical Group", "800-708-3230", "Press 1 (Provider)", RiskType.Full),
        ("UNITED_CARE", "United Care Medical Group", "877-225-6784", "Press 1 (Provider)", RiskType.Shared),
    ];

    /// <summary>Every network's code, CCN included: the programs a span can name besides COD (ELG-03).</summary>
    public static IEnumerable<string> Codes => Seed.Select(n => n.Code);

    public void Configure(EntityTypeBuilder<HealthNetwork> network)
    {
        network.ToTable("health_networks");
        network.HasKey(n => n.Code);
        network.HasIndex(n => n.Name).IsUnique();
        network.Property(n => n.Code).HasMaxLength(20);
        network.Property(n => n.Name).HasMaxLength(100);
        network.Property(n => n.Phone).HasMaxLength(20);
        network.Property(n => n.PhoneMenu).HasMaxLength(200);
        network.Property(n => n.RiskType).HasConversion<string>().HasMaxLength(10);
        network.HasData(Seed.Select(n => new HealthNetwork { Code = n.Code, Name = n.Name, Phone = n.Phone, PhoneMenu = n.PhoneMenu, RiskType = n.Risk }));
    }
}
