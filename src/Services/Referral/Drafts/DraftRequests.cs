using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Platform.Referral.Referrals;

namespace Platform.Referral.Drafts;

/// <summary>REF-06's two answers to the tertiary-provider warning.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TertiaryChoice>))]
public enum TertiaryChoice
{
    SelectNewProvider,
    Continue,
}

/// <summary>The referred-to (servicing) provider picked from the directory, by NPI.</summary>
public sealed record SelectProviderRequest([property: Required] string Npi) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Npi is not null && !Contracts.Identifiers.Npi.TryParse(Npi, out _))
        {
            yield return new(Contracts.Identifiers.Npi.Message, [nameof(Npi)]);
        }
    }
}

public sealed record TertiaryWarningAnswer([property: Required] TertiaryChoice? Choice);

/// <summary>REF-07…09: the redirect indicator, and the reason a redirect is refused.</summary>
public sealed record RedirectRequest([property: Required] bool? Allow, [property: MaxLength(RedirectChoice.MaxJustification)] string? Justification = null);
