using System.ComponentModel.DataAnnotations;
using Platform.Contracts.Dates;
using Platform.Contracts.Identifiers;
using Platform.Roster.Rosters;
using Platform.ServiceDefaults;

namespace Platform.Roster.Entries;

/// <summary>
/// RST-02: "Add To My Roster" — the member (CIN, MEDS ID or MBI), the providers chosen in the provider search, the roster
/// type (BH) and the relationship date (the plan's today when left out). The member's date of birth lets an office add a
/// member none of its PCPs is assigned — a behavioral-health practice's patients rarely are — as ELG-01 lets any office
/// verify a new patient by exact id and date of birth.
/// </summary>
public sealed record AddToRosterRequest(
    [property: Required] string? MemberId,
    [property: Required] List<string>? ProviderNpis,
    string? RosterType = RosterTypes.BehavioralHealth,
    DateOnly? RelationshipDate = null,
    DateOnly? DateOfBirth = null) : IValidatableObject
{
    /// <summary>A page of the provider search; more at once is a slip or a probe.</summary>
    public const int MaxProviders = 50;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MemberId is not null && !Contracts.Identifiers.MemberId.TryParse(MemberId, out _))
        {
            yield return new(Contracts.Identifiers.MemberId.Formats, [nameof(MemberId)]);
        }

        if (ProviderNpis is { Count: 0 or > MaxProviders })
        {
            yield return new($"Choose from 1 to {MaxProviders} providers.", [nameof(ProviderNpis)]);
        }
        else if (ProviderNpis?.Exists(npi => !Npi.TryParse(npi, out _)) == true)
        {
            yield return new($"Each provider is named by their NPI. {Npi.Message}", [nameof(ProviderNpis)]);
        }

        if (RosterTypes.Parse(RosterType) is null)
        {
            yield return new(RosterTypes.Message, [nameof(RosterType)]);
        }

        var today = validationContext.PlanToday();
        if (RelationshipDate is { } date && (date < DateBounds.FirstRecord || date > today))
        {
            yield return new($"A relationship date is between {DateBounds.FirstRecord:yyyy-MM-dd} and today.", [nameof(RelationshipDate)]);
        }
    }
}
