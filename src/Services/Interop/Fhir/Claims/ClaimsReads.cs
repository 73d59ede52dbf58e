using Platform.Interop.Owners;

namespace Platform.Interop.Fhir.Claims;

/// <summary>A page of a member's claims, newest service first, and the owner's cursor of the next page (null on the last).</summary>
public sealed record ClaimsPage(IReadOnlyList<FhirClaim> Claims, string? Next);

/// <summary>
/// A member's claims from the claims API, called with the caller's token: claims scopes them to the caller's
/// providers or network (ACC-01/06) and audits each read (ACC-05). The search answers no lines, finalized or paid
/// dates, so each claim of a page is read once more by number: at most <see cref="FhirSearch.MaxCount"/> calls a
/// page, a few at a time.
/// </summary>
public sealed class ClaimsReads(IHttpClientFactory clients)
{
    private const int DetailsAtOnce = 4;

    /// <summary>The owner's field names as the FHIR search calls them.</summary>
    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["cin"] = "patient", ["from"] = "service-date", ["to"] = "service-date", ["after"] = FhirSearch.Cursor, ["limit"] = FhirSearch.Count,
    };

    public async Task<ClaimsPage> SearchAsync(string cin, DateOnly? from, DateOnly? to, string? cursor, int count, CancellationToken cancellationToken)
    {
        var claims = clients.CreateClient(OwnerApis.Claims);
        var query = $"/api/v1/claims?cin={Uri.EscapeDataString(cin)}&limit={count}"
            + (from is { } start ? $"&from={start:yyyy-MM-dd}" : "")
            + (to is { } end ? $"&to={end:yyyy-MM-dd}" : "")
            + (cursor is null ? "" : $"&after={Uri.EscapeDataString(cursor)}");
        var page = await claims.GetAsync<SearchPage>(query, Parameters, cancellationToken)
            ?? throw new OwnerFailureException(StatusCodes.Status503ServiceUnavailable);
        var details = new FhirClaim?[page.Items.Count];
        await Parallel.ForEachAsync(
            page.Items.Select((summary, index) => (summary.ClaimNumber, index)),
            new ParallelOptions { MaxDegreeOfParallelism = DetailsAtOnce, CancellationToken = cancellationToken },
            async (item, token) => details[item.index] = await ReadAsync(claims, item.ClaimNumber, token));
        // A claim the search listed and its read no longer finds (rescoped in between) is left out.
        return new ClaimsPage([.. details.OfType<FhirClaim>()], page.Next);
    }

    /// <summary>One claim by number with its lines; null when the caller may not see it or there is none.</summary>
    public Task<FhirClaim?> ReadAsync(string claimNumber, CancellationToken cancellationToken) =>
        ReadAsync(clients.CreateClient(OwnerApis.Claims), claimNumber, cancellationToken);

    private static async Task<FhirClaim?> ReadAsync(HttpClient claims, string claimNumber, CancellationToken cancellationToken) =>
        (await claims.GetAsync<Detail>($"/api/v1/claims/{Uri.EscapeDataString(claimNumber)}", Parameters, cancellationToken))?.ToFhir();

    // The parts of the claims API's answers (SearchClaims, GetClaim) an ExplanationOfBenefit carries.
    private sealed record SearchPage(IReadOnlyList<Summary> Items, string? Next);

    private sealed record Summary(string ClaimNumber);

    private sealed record Detail(
        string ClaimNumber, FhirClaimStatus Status, DateOnly ServiceFrom, DateOnly ServiceTo, DateOnly ReceivedOn, DateTimeOffset? FinalizedAt,
        DateOnly? PaidOn, decimal BilledAmount, decimal? PayableAmount, Member Member, Providers Providers, IReadOnlyList<Line> Lines)
    {
        public FhirClaim ToFhir() => new(
            ClaimNumber, Member.Cin, Providers.BillingNpi, ServiceFrom, ServiceTo, ReceivedOn, BilledAmount, PayableAmount, Status,
            Member.HealthNetwork, Member.LineOfBusiness, FinalizedAt, PaidOn,
            [.. Lines.Select(line => new FhirClaimLine(line.LineNumber, line.ServiceFrom, line.ServiceTo, line.ProcedureCode, line.Modifiers, line.Units,
                line.PlaceOfService, line.BilledAmount, line.AllowedAmount, line.PayableAmount))]);
    }

    private sealed record Member(string Cin, string LineOfBusiness, string? HealthNetwork);

    private sealed record Providers(string BillingNpi);

    private sealed record Line(
        int LineNumber, DateOnly ServiceFrom, DateOnly ServiceTo, string ProcedureCode, IReadOnlyList<string> Modifiers, int Units,
        string? PlaceOfService, decimal BilledAmount, decimal? AllowedAmount, decimal? PayableAmount);
}
