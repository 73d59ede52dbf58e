using System.Text.Json.Serialization;
using Hl7.Fhir.Model;
using Platform.Interop.Fhir.Members;

namespace Platform.Interop.Fhir.Claims;

/// <summary>Where a claim stands: received, pended, or determined (finalized, or denied: nothing payable).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FhirClaimStatus>))]
public enum FhirClaimStatus
{
    Received,
    Pended,
    Finalized,
    Denied,
}

/// <summary>A claim as the FHIR API publishes it, whatever the source (the claims API, a bulk export's copy).</summary>
/// <param name="Paid">The payable amount once determined; null before.</param>
/// <param name="Network">The health network the claim was routed to; null for the plan's own (COD, CCN).</param>
public sealed record FhirClaim(
    string ClaimNumber,
    string Cin,
    string BillingNpi,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    DateOnly ReceivedOn,
    decimal Billed,
    decimal? Paid,
    FhirClaimStatus Status,
    string? Network,
    string LineOfBusiness,
    DateTimeOffset? FinalizedAt,
    DateOnly? PaidOn,
    IReadOnlyList<FhirClaimLine> Lines);

/// <summary>One service line: a procedure (CPT/HCPCS) on days of service, billed, and once adjudicated allowed and paid.</summary>
public sealed record FhirClaimLine(
    int LineNumber, DateOnly ServiceFrom, DateOnly ServiceTo, string ProcedureCode, IReadOnlyList<string> Modifiers, int Units,
    string? PlaceOfService, decimal Billed, decimal? Allowed, decimal? Paid);

/// <summary>The pure mapping of a claim onto a FHIR R4 ExplanationOfBenefit in the CARIN BB professional shape.</summary>
public static class FhirClaims
{
    private const string Adjudication = "http://terminology.hl7.org/CodeSystem/adjudication";

    /// <summary>The EOB's id is the claim number: the plan's, unique and stable, the key the claims API takes.</summary>
    public static ExplanationOfBenefit ExplanationOfBenefit(FhirClaim claim)
    {
        var eob = new ExplanationOfBenefit
        {
            Id = claim.ClaimNumber,
            Meta = claim.FinalizedAt is { } finalized ? new Meta { LastUpdated = finalized } : null,
            Contained = [FhirPlan.Organization()],
            Identifier = [new Identifier(FhirSystems.ClaimNumber, claim.ClaimNumber)],
            Status = Hl7.Fhir.Model.ExplanationOfBenefit.ExplanationOfBenefitStatus.Active,
            Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/claim-type", "professional", "Professional"),
            Use = ClaimUseCode.Claim,
            Patient = FhirMembers.PatientReference(claim.Cin),
            BillablePeriod = new Period { Start = Day(claim.ServiceFrom), End = Day(claim.ServiceTo) },
            Created = Day(claim.ReceivedOn),
            Insurer = FhirPlan.Reference,
            // A logical reference: the API serves no Practitioner or Organization, the NPI names the billing provider anywhere.
            Provider = new ResourceReference { Identifier = new Identifier(FhirSystems.Npi, claim.BillingNpi) },
            Outcome = OutcomeOf(claim.Status),
            Insurance =
            [
                new ExplanationOfBenefit.InsuranceComponent
                {
                    Focal = true,
                    // By the member number every Coverage of the member carries (FhirMembers.MemberNumber).
                    Coverage = new ResourceReference
                    {
                        Identifier = FhirMembers.MemberNumber(claim.Cin),
                        Display = claim.Network is { } network ? $"{claim.LineOfBusiness}, {network}" : claim.LineOfBusiness,
                    },
                },
            ],
            Item = [.. claim.Lines.Select(Item)],
            Total = [.. Totals(claim)],
        };
        if (claim.PaidOn is { } paidOn)
        {
            eob.Payment = new ExplanationOfBenefit.PaymentComponent
            {
                Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/ex-paymenttype", "complete", "Complete"),
                Date = Day(paidOn),
                Amount = Usd(claim.Paid ?? 0),
            };
        }

        return eob;
    }

    /// <summary>Queued until the claims system works on it, partial while pended, complete once determined.</summary>
    private static ClaimProcessingCodes OutcomeOf(FhirClaimStatus status) => status switch
    {
        FhirClaimStatus.Received => ClaimProcessingCodes.Queued,
        FhirClaimStatus.Pended => ClaimProcessingCodes.Partial,
        _ => ClaimProcessingCodes.Complete,
    };

    private static ExplanationOfBenefit.ItemComponent Item(FhirClaimLine line) => new()
    {
        Sequence = line.LineNumber,
        ProductOrService = new CodeableConcept
        {
            Coding = [new Coding("http://www.ama-assn.org/go/cpt", line.ProcedureCode)],
            Text = line.ProcedureCode,
        },
        Modifier = [.. line.Modifiers.Select(modifier => new CodeableConcept("http://www.ama-assn.org/go/cpt", modifier))],
        Serviced = line.ServiceFrom == line.ServiceTo ? new Date(Day(line.ServiceFrom)) : new Period { Start = Day(line.ServiceFrom), End = Day(line.ServiceTo) },
        Location = line.PlaceOfService is { } place
            ? new CodeableConcept("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", place)
            : null,
        Quantity = new Quantity { Value = line.Units },
        Adjudication =
        [
            Adjudicated("submitted", "Submitted Amount", line.Billed),
            .. line.Allowed is { } allowed ? [Adjudicated("eligible", "Eligible Amount", allowed)] : Array.Empty<ExplanationOfBenefit.AdjudicationComponent>(),
            .. line.Paid is { } paid ? [Adjudicated("benefit", "Benefit Amount", paid)] : Array.Empty<ExplanationOfBenefit.AdjudicationComponent>(),
        ],
    };

    private static IEnumerable<ExplanationOfBenefit.TotalComponent> Totals(FhirClaim claim)
    {
        yield return new ExplanationOfBenefit.TotalComponent { Category = Category("submitted", "Submitted Amount"), Amount = Usd(claim.Billed) };
        if (claim.Paid is { } paid)
        {
            yield return new ExplanationOfBenefit.TotalComponent { Category = Category("benefit", "Benefit Amount"), Amount = Usd(paid) };
        }
    }

    private static ExplanationOfBenefit.AdjudicationComponent Adjudicated(string code, string display, decimal amount) => new()
    {
        Category = Category(code, display),
        Amount = Usd(amount),
    };

    private static CodeableConcept Category(string code, string display) => new(Adjudication, code, display);

    private static Money Usd(decimal amount) => new() { Value = amount, Currency = Money.Currencies.USD };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");
}
