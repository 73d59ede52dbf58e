using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Platform.Contracts.Identifiers;
using Platform.Interop.Owners;

namespace Platform.Interop.X12.ClaimStatus;

public sealed record ClaimMember(string Cin);

public sealed record ClaimProviders(string BillingNpi);

/// <summary>A claim as the claims service details it to the caller (CLM-02), the parts a 277 reports.</summary>
public sealed record ClaimFound(
    string ClaimNumber, string Status, DateOnly ServiceFrom, DateOnly ServiceTo, DateOnly ReceivedOn, DateTimeOffset? FinalizedAt, DateOnly? PaidOn,
    string? Payment, decimal BilledAmount, decimal? PayableAmount, ClaimMember Member, ClaimProviders Providers);

/// <summary>The claims a 2200D matches (none when unknown or not the caller's to see), or claims unable to answer.</summary>
public sealed record ClaimStatusOutcome(IReadOnlyList<ClaimFound> Claims, bool Unavailable)
{
    public static readonly ClaimStatusOutcome None = new([], false);
    public static readonly ClaimStatusOutcome Down = new([], true);
}

/// <summary>
/// Finds a 276's claim in the claims service with the caller's token (ACC-01/06 there: a claim outside the partner's
/// network is not found; ACC-05 audited there): by the payer's claim control number (REF*1K, our claim number), or
/// else by the subscriber's CIN and the service dates, narrowed by the billed amount and the billing provider.
/// </summary>
public sealed class ClaimStatusLookup(IHttpClientFactory clients, ILogger<ClaimStatusLookup> log)
{
    /// <summary>A search by member and dates names a handful of claims; a 277 reports at most this many.</summary>
    public const int MaxClaims = 10;

    private sealed record SearchItem(string ClaimNumber, decimal BilledAmount, string BillingNpi);

    private sealed record SearchPage(IReadOnlyList<SearchItem> Items);

    public async Task<ClaimStatusOutcome> FindAsync(ClaimStatusInquiry inquiry, string memberId, string? providerNpi, CancellationToken cancellationToken)
    {
        var claims = clients.CreateClient(OwnerApis.Claims);
        try
        {
            if (inquiry.PayerClaimNumber is { } number)
            {
                return ClaimNumber.IsValid(number) && await DetailAsync(claims, number, cancellationToken) is { } claim
                    ? Same(claim, memberId) ? new([claim], false) : ClaimStatusOutcome.None
                    : ClaimStatusOutcome.None;
            }

            if (!Cin.TryParse(memberId, out var cin))
            {
                return ClaimStatusOutcome.None;
            }

            var query = QueryString.Create(new Dictionary<string, string?>
            {
                ["cin"] = cin.Value,
                ["from"] = inquiry.Service?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["to"] = inquiry.Service?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["limit"] = MaxClaims.ToString(CultureInfo.InvariantCulture),
            }.Where(pair => pair.Value is not null));
            using var response = await claims.GetAsync($"/api/v1/claims{query}", cancellationToken);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                return ClaimStatusOutcome.None;
            }

            var page = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SearchPage>(cancellationToken);
            var found = new List<ClaimFound>();
            foreach (var item in page?.Items ?? [])
            {
                if ((inquiry.Billed is null || item.BilledAmount == inquiry.Billed) && (providerNpi is null || item.BillingNpi == providerNpi)
                    && await DetailAsync(claims, item.ClaimNumber, cancellationToken) is { } claim)
                {
                    found.Add(claim);
                }
            }

            return new(found, false);
        }
        catch (Exception exception) when (OwnerFailure.IsUnavailable(exception, cancellationToken))
        {
            // The type only: a message can carry the address, and with it the member's CIN.
            log.LogWarning("Claims could not answer a 276 lookup: {Failure}", exception.GetType().Name);
            return ClaimStatusOutcome.Down;
        }
    }

    /// <summary>A claim found by its number is the subscriber's: another member's claim (by CIN) is not the one asked about.</summary>
    private static bool Same(ClaimFound claim, string memberId) => !Cin.TryParse(memberId, out var cin) || claim.Member.Cin == cin.Value;

    /// <summary>The claim's detail, null when claims does not find it for the caller; any other failure throws (claims unable to answer).</summary>
    private static async Task<ClaimFound?> DetailAsync(HttpClient claims, string claimNumber, CancellationToken cancellationToken)
    {
        using var response = await claims.GetAsync($"/api/v1/claims/{Uri.EscapeDataString(claimNumber)}", cancellationToken);
        return response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest
            ? null
            : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ClaimFound>(cancellationToken);
    }
}
