using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;
using Platform.Contracts.Identifiers;

namespace Platform.Interop.Fhir.PriorAuthorization;

/// <summary>One requested service of a PAS Claim, as the referral service's submission takes it (REF-01).</summary>
public sealed record PasLine(string ProcedureCode, IReadOnlyList<string> Modifiers, int Quantity, string PlaceOfService);

/// <summary>
/// What a Da Vinci PAS request Bundle asks, read into the referral service's terms: the member (CIN), the requesting
/// and servicing providers (NPI), diagnoses, services and their period, urgency, and the free-form message (notes; for
/// a tertiary servicing provider, REF-07's justification).
/// </summary>
public sealed record PasRequest(
    string IdempotencyKey,
    string? ClaimIdentifier,
    string Cin,
    string RequestingNpi,
    string ServicingNpi,
    IReadOnlyList<string> DiagnosisCodes,
    IReadOnlyList<PasLine> Lines,
    DateOnly ServiceFrom,
    DateOnly? ServiceTo,
    bool Urgent,
    string? Message)
{
    /// <summary>Where the Claim is in a PAS request Bundle: its first entry.</summary>
    public const string ClaimPath = "Bundle.entry[0].resource";

    /// <summary>X12 278's free-form message (MSG), PAS's supporting-information category for text.</summary>
    public const string SupportingInfoTypes = "http://hl7.org/fhir/us/davinci-pas/CodeSystem/PASSupportingInfoType";

    public const string FreeFormMessage = "freeFormMessage";

    /// <summary>CMS's place-of-service code when a line names none, as the referral API defaults it: 11, office.</summary>
    public const string OfficePlaceOfService = "11";

    /// <summary>
    /// The Idempotency-Key of a Bundle: its identifier hashed, so every retry of one request Bundle (the same identifier)
    /// is one submission, and any identifier fits the key's 100 letters, digits and hyphens.
    /// </summary>
    public static string KeyOf(Identifier identifier) =>
        "pas-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{identifier.System}|{identifier.Value}")));

    public static string? Describe(Identifier? identifier) => identifier?.Value is { Length: > 0 } value ? $"{identifier.System}|{value}" : null;

    /// <summary>The request, or the element at fault (a FHIRPath into the Bundle) and why.</summary>
    public static (PasRequest? Request, PasProblem? Problem) Read(Bundle bundle)
    {
        try
        {
            return (Parse(bundle), null);
        }
        catch (PasProblem problem)
        {
            return (null, problem);
        }
    }

    /// <summary>The Claim of a PAS Bundle (request or inquiry): the first entry, a Claim for preauthorization.</summary>
    public static Claim ClaimOf(Bundle bundle)
    {
        Require(bundle.Type == Bundle.BundleType.Collection, "Bundle.type", "A PAS Bundle is of type collection.");
        var claim = bundle.Entry.FirstOrDefault()?.Resource as Claim
            ?? throw new PasProblem(ClaimPath, "The first entry of a PAS Bundle is the Claim.");
        Require(claim.Use == ClaimUseCode.Preauthorization, $"{ClaimPath}.use", "A PAS Claim's use is preauthorization.");
        Require(claim.Insurer?.Reference is { Length: > 0 }, $"{ClaimPath}.insurer", "Claim.insurer must reference the plan's Organization.");
        return claim;
    }

    /// <summary>The member's CIN from the Claim's Patient in the Bundle.</summary>
    public static string CinOf(Bundle bundle, Claim claim)
    {
        var patient = Resolve(bundle, claim.Patient) as Patient
            ?? throw new PasProblem($"{ClaimPath}.patient", "Claim.patient must reference a Patient entry of the Bundle.");
        return patient.Identifier.Select(id => Contracts.Identifiers.Cin.TryParse(id.Value, out var cin) ? cin.Value : null).FirstOrDefault(cin => cin is not null)
            ?? throw new PasProblem($"{ClaimPath}.patient",
                "The Patient needs the member's identifier: the Medi-Cal CIN (eight digits and a letter) the plan knows the member by.");
    }

    /// <summary>The resource a reference of the Claim points to inside the Bundle, by fullUrl or by type and id.</summary>
    public static Resource? Resolve(Bundle bundle, ResourceReference? reference)
    {
        if (reference?.Reference is not { Length: > 0 } target)
        {
            return null;
        }

        return bundle.Entry.FirstOrDefault(entry => entry.FullUrl == target
                || (entry.FullUrl?.EndsWith("/" + target, StringComparison.Ordinal) ?? false)
                || (entry.Resource is { Id: { } id } resource && $"{resource.TypeName}/{id}" == target))
            ?.Resource;
    }

    private static PasRequest Parse(Bundle bundle)
    {
        var claim = ClaimOf(bundle);
        Require(bundle.Identifier?.Value is { Length: > 0 }, "Bundle.identifier",
            "A PAS request Bundle carries an identifier: the same on every retry of the request, so a retry is not a second request.");
        var cin = CinOf(bundle, claim);
        var requesting = NpiOf(bundle, claim.Provider)
            ?? throw new PasProblem($"{ClaimPath}.provider", "Claim.provider must reference the requesting Practitioner, PractitionerRole or Organization of the Bundle, with its NPI.");
        Require(claim.Diagnosis.Count > 0, $"{ClaimPath}.diagnosis", "Give the diagnoses (ICD-10-CM), the primary first.");
        var diagnoses = claim.Diagnosis.Select((diagnosis, i) => (diagnosis.Diagnosis as CodeableConcept)?.Coding.FirstOrDefault()?.Code
            ?? throw new PasProblem($"{ClaimPath}.diagnosis[{i}].diagnosisCodeableConcept", "A diagnosis is an ICD-10-CM code.")).ToList();
        Require(claim.Item.Count > 0, $"{ClaimPath}.item", "Request at least one service: an item with its CPT or HCPCS code.");
        var lines = claim.Item.Select(Line).ToList();
        var (from, to) = Period(claim);
        var message = claim.SupportingInfo.Where(info => info.Category.Coding.Any(c => c.System == SupportingInfoTypes && c.Code == FreeFormMessage))
            .Select(info => (info.Value as FhirString)?.Value).FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
        return new(KeyOf(bundle.Identifier!), Describe(claim.Identifier.FirstOrDefault()), cin, requesting, Servicing(bundle, claim), diagnoses, lines, from, to,
            claim.Priority?.Coding.Any(c => c.Code == "stat") == true, message);
    }

    private static PasLine Line(Claim.ItemComponent item, int i)
    {
        var path = $"{ClaimPath}.item[{i}]";
        var code = item.ProductOrService?.Coding.FirstOrDefault()?.Code
            ?? throw new PasProblem($"{path}.productOrService", "Each item names its service: a CPT or HCPCS code in productOrService.");
        var quantity = item.Quantity?.Value ?? 1;
        Require(quantity == decimal.Truncate(quantity) && quantity is >= 1 and <= int.MaxValue, $"{path}.quantity", "The quantity is a whole number of units.");
        return new(code, [.. item.Modifier.Select(m => m.Coding.FirstOrDefault()?.Code ?? "")], (int)quantity,
            (item.Location as CodeableConcept)?.Coding.FirstOrDefault()?.Code ?? OfficePlaceOfService);
    }

    /// <summary>The referral's one service period: from the earliest item date to the latest period end, if any.</summary>
    private static (DateOnly From, DateOnly? To) Period(Claim claim)
    {
        var spans = claim.Item.Select((item, i) => item.Serviced switch
        {
            Date date => (Start: Day(date.Value, i), End: (DateOnly?)null),
            Hl7.Fhir.Model.Period period => (Start: Day(period.Start, i), End: period.End is null ? null : Day(period.End, i)),
            _ => throw new PasProblem($"{ClaimPath}.item[{i}].serviced[x]", "Each item gives its date of service: servicedDate or servicedPeriod."),
        }).ToList();
        return (spans.Min(span => span.Start), spans.Max(span => span.End));
    }

    private static DateOnly Day(string? fhirDate, int item) =>
        fhirDate is { Length: >= 10 } && DateOnly.TryParseExact(fhirDate[..10], "yyyy-MM-dd", out var day)
            ? day
            : throw new PasProblem($"{ClaimPath}.item[{item}].serviced[x]", "A date of service is a full date (yyyy-MM-dd).");

    /// <summary>
    /// The referred-to (servicing) provider: the care team member each item names by careTeamSequence, as PAS sends
    /// it, or the Claim's only care team member. A referral has one, so the items must agree.
    /// </summary>
    private static string Servicing(Bundle bundle, Claim claim)
    {
        const string message = "Name the servicing (referred-to) provider: a careTeam member with an NPI, given by each item's careTeamSequence.";
        var sequences = claim.Item.SelectMany(item => item.CareTeamSequence.Take(1)).Select(s => s ?? 0).Distinct().ToList();
        var member = (sequences, claim.CareTeam) switch
        {
            ([var sequence], _) => claim.CareTeam.FirstOrDefault(c => c.Sequence == sequence),
            ([], [var only]) => only,
            _ => null,
        } ?? throw new PasProblem($"{ClaimPath}.item[0].careTeamSequence", message);
        return NpiOf(bundle, member.Provider) ?? throw new PasProblem($"{ClaimPath}.careTeam[{claim.CareTeam.IndexOf(member)}].provider", message);
    }

    /// <summary>A provider's NPI: its own identifier, or, for a PractitionerRole, its practitioner's or organization's.</summary>
    private static string? NpiOf(Bundle bundle, ResourceReference? reference) => Resolve(bundle, reference) switch
    {
        Practitioner practitioner => Npi(practitioner.Identifier),
        Organization organization => Npi(organization.Identifier),
        PractitionerRole role => Npi(role.Identifier) ?? NpiOf(bundle, role.Practitioner) ?? NpiOf(bundle, role.Organization),
        _ => null,
    };

    private static string? Npi(List<Identifier> identifiers) =>
        identifiers.Select(id => Contracts.Identifiers.Npi.TryParse(id.Value, out var npi) ? npi.Value : null).FirstOrDefault(npi => npi is not null);

    private static void Require(bool holds, string expression, string message)
    {
        if (!holds)
        {
            throw new PasProblem(expression, message);
        }
    }
}

/// <summary>A PAS Bundle that cannot be read: the element at fault, as a FHIRPath, and what it must hold.</summary>
public sealed class PasProblem(string expression, string message) : Exception(message)
{
    public string Expression { get; } = expression;
}
