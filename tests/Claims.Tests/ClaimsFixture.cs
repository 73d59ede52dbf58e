using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Claims.Data;
using Platform.Claims.Lookup;
using Platform.Contracts.Eligibility;
using Platform.ServiceDefaults.Outbox;
using Platform.Testing;

namespace Platform.Claims.Tests;

public sealed class ClaimsFixture() : ServiceFixture<Program, ClaimsDbContext>("claimsdb")
{
    public const string Intake = "/api/v1/claims";

    private readonly SemaphoreSlim memberGate = new(1, 1);
    private string? member;

    /// <summary>
    /// A member announced the way eligibility announces one, on the bus, once claims has processed the message:
    /// Medi-Cal through CCN from <paramref name="coveredFrom"/> (2026-01-01) to <paramref name="coveredTo"/> (open).
    /// </summary>
    public async Task<string> AnnounceMemberAsync(DateOnly? coveredFrom = null, DateOnly? coveredTo = null, DateOnly? diedOn = null, long version = 1,
        string? cin = null, string lastName = "Member", string firstName = "Test")
    {
        cin ??= TestData.Cin();
        var changed = new MemberEligibilityChanged(cin, version, firstName, lastName, new DateOnly(1980, 5, 17),
            [new CoverageSnapshot("Medi-Cal", "CCN", null, 0m, coveredFrom ?? new DateOnly(2026, 1, 1), coveredTo)], "test-batch", DateTimeOffset.UtcNow, diedOn);
        var messageId = NewId.NextGuid();
        await Services.GetRequiredService<IBus>().Publish(changed, context => context.MessageId = messageId);
        await Eventually.TrueAsync(() => QueryAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId)));
        return cin;
    }

    /// <summary>One member for the tests that need any: announcing costs a round trip through the broker.</summary>
    public async Task<string> MemberAsync()
    {
        await memberGate.WaitAsync();
        try
        {
            return member ??= await AnnounceMemberAsync();
        }
        finally
        {
            memberGate.Release();
        }
    }

    public async Task<object> NewClaimAsync(string? claimNumber = null, decimal billed = 250.00m, string? billingNpi = null, string? healthNetwork = null,
        string serviceDate = "2026-10-01") =>
        TestClaims.Claim(claimNumber ?? TestData.ClaimNumber(), await MemberAsync(), billingNpi ?? TestData.Npi(), billed, serviceDate, healthNetwork);

    public async Task<string> RecordAsync(HttpClient staff, decimal billed = 250.00m, string? billingNpi = null, string? healthNetwork = null)
    {
        var claimNumber = TestData.ClaimNumber();
        using var response = await staff.PostAsJsonAsync(Intake, await NewClaimAsync(claimNumber, billed, billingNpi, healthNetwork));
        response.EnsureSuccessStatusCode();
        return claimNumber;
    }

    /// <summary>A check or EFT's body, paid on a fixed day, to the payee of the claims.</summary>
    public static object Payment(string method, string number, string npi, params string[] claimNumbers) =>
        new { method, number, paidOn = "2026-11-20", payeeNpi = npi, payeeTin = TestClaims.Tin, claimNumbers };

    /// <summary>The integration events of a type in the outbox (only those the relay has sent, if asked).</summary>
    public Task<List<T>> EventsAsync<T>(bool sent = false) => QueryAsync(async db =>
        (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type.StartsWith(typeof(T).FullName!) && (!sent || m.SentAt != null)).ToListAsync())
            .Select(m => JsonSerializer.Deserialize<T>(m.Payload, JsonSerializerOptions.Web)!)
            .ToList());

    public static async Task<ClaimDetail> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ClaimDetail>(JsonSerializerOptions.Web))!;
}
