using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Seed;
using Platform.Interop.Fhir;
using Platform.Interop.Fhir.PriorAuthorization;
using Platform.Referral.Data;
using Platform.Referral.Directory;
using Platform.Referral.Members;
using Platform.ServiceDefaults;
using Platform.Testing;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>
/// A member of the demo partner's network (ALTAMED) with the providers around them in the referral service's copies:
/// the member's PCP (the requesting provider, of the network), a community cardiologist, a tertiary oncologist; and a
/// member of the plan's own network (CCN) the partner may not see. Written directly, as the referral service's own
/// tests and the platform's security matrix do: these tests are about PAS, not about keeping the copies.
/// </summary>
public sealed record PasWorld(string Cin, string OtherNetworkCin, string Requesting, string Specialist, string Tertiary, string OtherNetworkProvider)
{
    public const string SubmitPath = "/api/fhir/r4/Claim/$submit";
    public const string InquirePath = "/api/fhir/r4/Claim/$inquire";

    private const string NpiSystem = "http://hl7.org/fhir/sid/us-npi";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A week ahead: inside the PA list's quarter in force, and a date a request may start on.</summary>
    public static DateOnly ServiceDate => TimeProvider.System.PlanToday().AddDays(7);

    public static async Task<PasWorld> CreateAsync(InteropFixture fixture)
    {
        var world = new PasWorld(TestData.Cin(), TestData.Cin(), TestData.Npi(), TestData.Npi(), TestData.Npi(), TestData.Npi());
        await using var db = new ReferralDbContext(new DbContextOptionsBuilder<ReferralDbContext>()
            .UseNpgsql(await fixture.App.GetConnectionStringAsync("referraldb")).Options);
        db.Providers.AddRange(
            Provider(world.Requesting, "Family Medicine", false),
            Provider(world.Specialist, "Cardiology", false),
            Provider(world.Tertiary, "Oncology", true),
            Provider(world.OtherNetworkProvider, "Family Medicine", false, "CCN"));
        db.Members.AddRange(Member(world.Cin, DemoSeed.PartnerNetwork, world.Requesting), Member(world.OtherNetworkCin, "CCN", world.Requesting));
        await db.SaveChangesAsync(Cancel);
        return world;
    }

    /// <summary>
    /// A PAS request Bundle: Claim (first), Patient with the CIN, the requesting and servicing Practitioners with their
    /// NPIs, the plan's Organization and the Coverage; one item per code, each naming the servicing provider by careTeamSequence.
    /// </summary>
    public Bundle Request(string servicingNpi, string[]? codes = null, int quantity = 1, string priority = "normal", string? message = null, string? cin = null,
        string? bundleId = null, string? claimId = null, string? requestingNpi = null)
    {
        var (patient, requesting, servicing, insurer, coverage) = (Urn(), Urn(), Urn(), Urn(), Urn());
        var claim = new Claim
        {
            Identifier = [new Identifier("urn:trnorg:partner", claimId ?? Guid.NewGuid().ToString())],
            Status = FinancialResourceStatusCodes.Active,
            Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/claim-type", "professional"),
            Use = ClaimUseCode.Preauthorization,
            Patient = new ResourceReference(patient),
            Created = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:sszzz"),
            Insurer = new ResourceReference(insurer),
            Provider = new ResourceReference(requesting),
            Priority = new CodeableConcept("http://terminology.hl7.org/CodeSystem/processpriority", priority),
            Insurance = [new Claim.InsuranceComponent { Sequence = 1, Focal = true, Coverage = new ResourceReference(coverage) }],
            Diagnosis = [new Claim.DiagnosisComponent { Sequence = 1, Diagnosis = new CodeableConcept("http://hl7.org/fhir/sid/icd-10-cm", "R07.9") }],
            CareTeam = [new Claim.CareTeamComponent { Sequence = 1, Provider = new ResourceReference(servicing) }],
            Item = [.. (codes ?? ["70551"]).Select((code, i) => new Claim.ItemComponent
            {
                Sequence = i + 1,
                CareTeamSequence = [1],
                ProductOrService = new CodeableConcept("http://www.ama-assn.org/go/cpt", code),
                Quantity = new Quantity { Value = quantity },
                Location = new CodeableConcept("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "11"),
                Serviced = new Date(ServiceDate.ToString("yyyy-MM-dd")),
            })],
        };
        if (message is not null)
        {
            claim.SupportingInfo.Add(new Claim.SupportingInformationComponent
            {
                Sequence = 1, Category = new CodeableConcept(PasRequest.SupportingInfoTypes, PasRequest.FreeFormMessage), Value = new FhirString(message),
            });
        }

        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Identifier = new Identifier("urn:ietf:rfc:3986", bundleId ?? $"urn:uuid:{Guid.NewGuid()}"),
            Timestamp = DateTimeOffset.UtcNow,
        };
        bundle.Entry.AddRange(
        [
            new() { FullUrl = Urn(), Resource = claim },
            new() { FullUrl = patient, Resource = new Patient
            {
                Identifier = [new Identifier("https://www.dhcs.ca.gov/cin", cin ?? Cin)], Name = [new HumanName { Family = "Diaz", Given = ["Rosa"] }], BirthDate = "2016-03-09",
            } },
            new() { FullUrl = requesting, Resource = new Practitioner { Identifier = [new Identifier(NpiSystem, requestingNpi ?? Requesting)] } },
            new() { FullUrl = servicing, Resource = new Practitioner { Identifier = [new Identifier(NpiSystem, servicingNpi)] } },
            new() { FullUrl = insurer, Resource = new Organization { Name = "The health plan" } },
            new() { FullUrl = coverage, Resource = new Coverage
            {
                Status = FinancialResourceStatusCodes.Active, Beneficiary = new ResourceReference(patient), Payor = [new ResourceReference(insurer)],
            } },
        ]);
        return bundle;
    }

    /// <summary>An inquiry Bundle: a Claim naming the earlier request by its preAuthRef and/or Claim identifier, with the Patient.</summary>
    public Bundle Inquiry(string? preAuthRef = null, string? claimId = null)
    {
        var bundle = Request(Specialist, claimId: claimId);
        var claim = Assert.IsType<Claim>(bundle.Entry[0].Resource);
        claim.Item.Clear();
        claim.CareTeam.Clear();
        if (claimId is null)
        {
            claim.Identifier.Clear();
        }

        if (preAuthRef is not null)
        {
            claim.Insurance[0].PreAuthRef = [preAuthRef];
        }

        return bundle;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Bundle bundle) =>
        await PostAsync(client, path, FhirJson.Serialize(bundle));

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(FhirJson.MediaType);
        return await client.PostAsync(path, content, Cancel);
    }

    /// <summary>The answer as FHIR JSON of type <typeparamref name="T"/>, checked against the R4 base spec.</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response) where T : Resource
    {
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        var resource = JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(Cancel), FhirJson.Options)!;
        FhirValidation.AssertValid(resource);
        return resource;
    }

    /// <summary>The ClaimResponse of a 200 PAS response Bundle, the Bundle validated whole and its references resolving inside it.</summary>
    public static async Task<ClaimResponse> ClaimResponseAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
        var bundle = await ReadAsync<Bundle>(response);
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var claimResponse = Assert.IsType<ClaimResponse>(bundle.Entry[0].Resource);
        Assert.Equal(ClaimUseCode.Preauthorization, claimResponse.Use);
        Assert.IsType<Patient>(PasRequest.Resolve(bundle, claimResponse.Patient));
        Assert.IsType<Practitioner>(PasRequest.Resolve(bundle, claimResponse.Requestor));
        Assert.IsType<Organization>(PasRequest.Resolve(bundle, claimResponse.Insurer));
        return claimResponse;
    }

    /// <summary>The X12 306 review action of each item, in item order.</summary>
    public static IReadOnlyList<string?> ReviewActions(ClaimResponse response) =>
    [
        .. response.Item.Select(item => item.Adjudication.Single().GetExtension(PasResponse.ReviewActionUrl)?
            .GetExtensionValue<CodeableConcept>(PasResponse.ReviewActionCodeUrl)?.Coding.Single().Code),
    ];

    private static string Urn() => $"urn:uuid:{Guid.NewGuid()}";

    private static DirectoryProvider Provider(string npi, string specialty, bool tertiary, params string[] networks) => new()
    {
        Npi = npi, Tin = TestData.Npi()[..9], Name = $"{specialty} {npi[^4..]}", Type = tertiary || specialty != "Family Medicine" ? "Specialist" : "PCP",
        Specialty = specialty, Tertiary = tertiary, Networks = networks is [] ? [DemoSeed.PartnerNetwork, "CCN"] : [.. networks],
    };

    private static ReferralMember Member(string cin, string program, string pcp) => new()
    {
        Cin = cin, FirstName = "Rosa", LastName = "Diaz", DateOfBirth = new DateOnly(2016, 3, 9),
        Coverage = [new ReferralMemberCoverage("Medi-Cal", program, pcp, new DateOnly(2026, 1, 1), null)],
    };
}
