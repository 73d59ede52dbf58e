using System.Net.Http.Json;
using System.Text.Json;
using Platform.Referral.Directory;
using Platform.Referral.Members;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Referral.Tests;

/// <summary>
/// A member and the providers around them in the referral service's copies: the member's assigned PCP (whose office
/// asks), a physician of the PCP's group, a community specialist, a tertiary specialist and an ABA provider. Written
/// directly: these tests are about referrals, not about keeping the copies.
/// </summary>
public sealed record ReferralWorld(string Cin, string Pcp, string GroupPeer, string Specialist, string Tertiary, string Aba, string Program)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>A week ahead: inside the PA list's quarter in force, and a date the request may start on.</summary>
    public static DateOnly ServiceDate => TimeProvider.System.PlanToday().AddDays(7);

    public static async Task<ReferralWorld> CreateAsync(ReferralFixture service, string program = "CCN", DateOnly? coverageEnd = null)
    {
        var (pcpTin, world) = (TestData.Npi()[..9], new ReferralWorld(TestData.Cin(), TestData.Npi(), TestData.Npi(), TestData.Npi(), TestData.Npi(), TestData.Npi(), program));
        await service.QueryAsync(async db =>
        {
            db.Providers.AddRange(
                Provider(world.Pcp, pcpTin, "PCP", "Family Medicine", false, program),
                Provider(world.GroupPeer, pcpTin, "PCP", "Internal Medicine", false, program),
                Provider(world.Specialist, TestData.Npi()[..9], "Specialist", "Cardiology", false, program),
                Provider(world.Tertiary, TestData.Npi()[..9], "Specialist", "Oncology", true, program),
                Provider(world.Aba, TestData.Npi()[..9], "Behavioral Health", "Applied Behavior Analysis", false, program));
            db.Members.Add(new ReferralMember
            {
                Cin = world.Cin, FirstName = "Rosa", LastName = "Diaz", DateOfBirth = new DateOnly(2016, 3, 9),
                Coverage = [new ReferralMemberCoverage("Medi-Cal", program, world.Pcp, new DateOnly(2026, 1, 1), coverageEnd)],
            });
            return await db.SaveChangesAsync();
        });
        return world;
    }

    /// <summary>The PCP's office: a user acting for the PCP (ACC-01) with the Referrals permission.</summary>
    public HttpClient Office(ReferralFixture service) => service.ClientWith(TestTokens.ForProviders([Pcp], Modules.Referrals));

    public static HttpClient Reviewer(ReferralFixture service) => service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Referrals));

    /// <summary>A draft whose referred-to provider is chosen and whose Next is allowed (a tertiary one justified).</summary>
    public static async Task<Guid> ReadyDraftAsync(HttpClient office, string servicingNpi, bool tertiary = false)
    {
        var draft = await Step(await office.PostAsync("/api/v1/referral-drafts", null, Cancellation));
        var id = draft.GetProperty("id").GetGuid();
        await Step(await office.PutAsJsonAsync($"/api/v1/referral-drafts/{id}/servicing-provider", new { npi = servicingNpi }, Cancellation));
        if (tertiary)
        {
            await Step(await office.PostAsJsonAsync($"/api/v1/referral-drafts/{id}/tertiary-warning", new { choice = "Continue" }, Cancellation));
            await Step(await office.PutAsJsonAsync($"/api/v1/referral-drafts/{id}/redirect",
                new { allow = false, justification = "Member needs a pediatric oncology protocol not offered in the community." }, Cancellation));
        }

        return id;
    }

    /// <summary>A request body for this member from the PCP's office, with the given lines (MRI brain by default).</summary>
    public object Request(Guid draftId, object[]? lines = null, string urgency = "Routine", string? urgentCriterion = null, DateOnly? serviceFrom = null) => new
    {
        draftId, cin = Cin, requestingNpi = Pcp, serviceFrom = serviceFrom ?? ServiceDate, diagnosisCodes = new[] { "R51.9" },
        lines = lines ?? [Line("70551")], urgency, urgentCriterion, notes = "Headaches for three months.",
    };

    public static object Line(string code, int quantity = 1, string placeOfService = "11", params string[] modifiers) =>
        new { procedureCode = code, modifiers, quantity, placeOfService };

    /// <summary>POSTs a submission with a fresh Idempotency-Key (or the one given).</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient office, object request, string? key = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/referrals") { Content = JsonContent.Create(request) };
        message.Headers.Add(IdempotencyKeys.Header, key ?? Guid.NewGuid().ToString());
        return office.SendAsync(message, Cancellation);
    }

    /// <summary>A referral submitted from a ready draft: its JSON as answered.</summary>
    public async Task<JsonElement> SubmittedAsync(HttpClient office, string servicing, object[]? lines = null, bool tertiary = false, string urgency = "Routine",
        string? urgentCriterion = null) =>
        await Step(await SubmitAsync(office, Request(await ReadyDraftAsync(office, servicing, tertiary), lines, urgency, urgentCriterion)));

    public static async Task<JsonElement> Step(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancellation)}");
            return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        }
    }

    private static DirectoryProvider Provider(string npi, string tin, string type, string specialty, bool tertiary, string program) => new()
    {
        Npi = npi, Tin = tin, Name = $"{specialty} {npi[^4..]}", Type = type, Specialty = specialty, Tertiary = tertiary, Networks = [program],
    };
}
