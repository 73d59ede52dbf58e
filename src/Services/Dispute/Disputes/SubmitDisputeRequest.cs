using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Platform.Dispute.Disputes;

/// <summary>The contact block of the form (DSP-02): name, email and phone required; title and fax optional.</summary>
public sealed record DisputeContactRequest(string? Name, string? Email, string? Phone, string? Title = null, string? Fax = null);

/// <summary>
/// What the provider writes on the Provider Dispute Resolution Request (DSP-02); the provider, claim and dispute
/// details are the claim's own, taken from the plan's copy, never from the caller.
/// </summary>
public sealed record SubmitDisputeRequest(
    [property: Required, RegularExpression(Contracts.Identifiers.ClaimNumber.Pattern, ErrorMessage = Contracts.Identifiers.ClaimNumber.Message)] string ClaimNumber,
    [property: Required] string Type,
    [property: Required] string Description,
    [property: Required] string ExpectedOutcome,
    [property: Required] DisputeContactRequest Contact,
    int Level = 1,
    bool ContractedProvider = true) : IValidatableObject
{
    public const int MaxDescription = 4000;
    public const int MaxExpectedOutcome = 2000;
    private const int MaxContactField = 100;

    /// <summary>The type as parsed; valid once validation has passed.</summary>
    [JsonIgnore]
    public DisputeType DisputeType => Enum.Parse<DisputeType>(Type, ignoreCase: true);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Type is not null && (!Enum.TryParse<DisputeType>(Type, ignoreCase: true, out var type) || !Enum.IsDefined(type) || char.IsAsciiDigit(Type[0])))
        {
            yield return new($"The dispute type is one of {string.Join(", ", Enum.GetNames<DisputeType>())}.", [nameof(Type)]);
        }

        if (Level is not (1 or 2))
        {
            yield return new("A dispute is Level 1 (of a determination) or Level 2 (of a Level 1 decision).", [nameof(Level)]);
        }

        foreach (var problem in Text(Description, MaxDescription, nameof(Description)).Concat(Text(ExpectedOutcome, MaxExpectedOutcome, nameof(ExpectedOutcome))))
        {
            yield return problem;
        }

        if (Contact is not null)
        {
            foreach (var problem in ContactProblems(Contact))
            {
                yield return problem;
            }
        }
    }

    /// <summary>Digits of a US phone or fax number written any usual way ((714) 555-0100, 714.555.0100), or null.</summary>
    public static string? PhoneDigits(string? text)
    {
        var digits = new string([.. (text ?? "").Where(char.IsAsciiDigit)]);
        digits = digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
        return digits.Length == 10 && (text ?? "").All(c => char.IsAsciiDigit(c) || " ()-.+".Contains(c)) ? digits : null;
    }

    private static IEnumerable<ValidationResult> Text(string? text, int max, string field)
    {
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            yield return new("Write what is disputed and the outcome expected; blank text is not enough.", [field]);
        }
        else if (text?.Length > max)
        {
            yield return new($"At most {max} characters.", [field]);
        }
    }

    private static IEnumerable<ValidationResult> ContactProblems(DisputeContactRequest contact)
    {
        if (string.IsNullOrWhiteSpace(contact.Name) || contact.Name.Length > MaxContactField)
        {
            yield return new($"The contact's name is required, at most {MaxContactField} characters.", ["contact.name"]);
        }

        if (string.IsNullOrWhiteSpace(contact.Email) || contact.Email.Length > MaxContactField || !new EmailAddressAttribute().IsValid(contact.Email) || contact.Email.Any(char.IsWhiteSpace))
        {
            yield return new("The contact's email address is required, as name@example.org.", ["contact.email"]);
        }

        if (PhoneDigits(contact.Phone) is null)
        {
            yield return new("The contact's phone is required: ten digits, as (714) 555-0100.", ["contact.phone"]);
        }

        if (contact.Fax is not null && PhoneDigits(contact.Fax) is null)
        {
            yield return new("A fax number is ten digits, as (714) 555-0101.", ["contact.fax"]);
        }

        if (contact.Title?.Length > MaxContactField)
        {
            yield return new($"At most {MaxContactField} characters.", ["contact.title"]);
        }
    }
}
