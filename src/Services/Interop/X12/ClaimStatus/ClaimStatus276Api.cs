using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.X12;

namespace Platform.Interop.X12.ClaimStatus;

/// <summary>
/// <c>POST /x12/276</c> (the gateway's /api/x12/276): a real-time 276 claim status request (005010X212) answered by a
/// 277 from the claims service, with the caller's token (ACC-01/06: a claim of another network is not found, STC A4).
/// </summary>
public static class ClaimStatus276Api
{
    public const string Version = "005010X212";

    /// <summary>2000A payer, 2000B information receiver, 2000C service provider, 2000D subscriber with its claim's TRN (2200D).</summary>
    public static readonly X12Transaction Transaction = new("276", Version, "277",
    [
        new X12Level("20", "2000A", new X12Required("NM1", "2100A", "PR")),
        new X12Level("21", "2000B", new X12Required("NM1", "2100B", "41")),
        new X12Level("19", "2000C", new X12Required("NM1", "2100C", "1P")),
        new X12Level("22", "2000D", new X12Required("NM1", "2100D", "IL"), new X12Required("TRN", "2200D", "1")),
    ]);

    public static RouteHandlerBuilder MapClaimStatus276(this RouteGroupBuilder x12) => x12
        .MapPost("/276", (HttpRequest request, IHttpClientFactory clients, ILogger<ClaimStatusLookup> log, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var lookup = new ClaimStatusLookup(clients, log);
            return X12Exchange.AnswerAsync(request, Transaction, (set, separators) => AnswerAsync(set, separators, lookup, time, cancellationToken), time, cancellationToken);
        })
        .RequireAuthorization(Modules.Claims)
        .TakesInterchange("One X12 5010 interchange holding a 276 (005010X212).")
        .WithName("X12ClaimStatus276")
        .WithSummary("Real-time claim status: one 276 in, one 277 out (or a 999/TA1 for an interchange that is not a readable 276), from the claims service (CLM-01/02).");

    /// <summary>The 277's body: BHT*0010*08 answering the 276's reference, the levels echoed, per 2200D the claims it matches.</summary>
    private static async Task<IReadOnlyList<X12Segment>> AnswerAsync(
        X12TransactionSet set, X12Separators separators, ClaimStatusLookup lookup, TimeProvider time, CancellationToken cancellationToken)
    {
        var loops = X12Loop.Of(set.Body);
        var now = time.GetUtcNow().PlanTime();
        var today = DateOnly.FromDateTime(now.DateTime);
        var providerNpi = loops.FirstOrDefault(loop => loop.Level == "19")?.Find("NM1", "1P") is { } provider && provider[8] == "XX" ? provider[9] : null;
        var body = new List<X12Segment>
        {
            X12Segment.Of("BHT", "0010", "08", set.Body[0][3], X12Text.Date(today), now.ToString("HHmm", System.Globalization.CultureInfo.InvariantCulture)),
        };
        // Levels this plan does not use (a dependent's 2000E: every Medi-Cal member has an id of their own) are not answered.
        foreach (var loop in loops.Where(loop => loop.Level is "20" or "21" or "19" or "22"))
        {
            var name = loop.Find("NM1")!;
            body.AddRange([loop.Hl, name]);
            if (loop.Level != "22")
            {
                continue;
            }

            foreach (var inquiry in ClaimStatusInquiry.Of(loop))
            {
                var outcome = inquiry.Unreadable is null ? await lookup.FindAsync(inquiry, name[9], providerNpi, cancellationToken) : ClaimStatusOutcome.None;
                body.AddRange(Claims(inquiry, outcome, today, separators));
            }
        }

        return body;
    }

    /// <summary>
    /// 2200D per claim found: the trace (TRN01 2, referenced), the STC, our claim number (REF*1K), the provider's
    /// patient control number echoed and the claim's service dates. Nothing found: the trace and STC A4 (or E0/E1).
    /// </summary>
    private static IEnumerable<X12Segment> Claims(ClaimStatusInquiry inquiry, ClaimStatusOutcome outcome, DateOnly today, X12Separators separators)
    {
        var trace = X12Segment.Of("TRN", ["2", .. inquiry.Trace.Elements.Skip(1)]);
        X12Segment[] patientControl = inquiry.PatientControlNumber is { } control ? [X12Segment.Of("REF", "EJ", control)] : [];
        if (outcome.Claims.Count == 0)
        {
            var status = inquiry.Unreadable is { } code ? ClaimStatusCodes.Unreadable(code, today, separators)
                : outcome.Unavailable ? ClaimStatusCodes.Unavailable(today, separators)
                : ClaimStatusCodes.NotFound(today, separators);
            X12Segment[] asked = inquiry.PayerClaimNumber is { } number ? [X12Segment.Of("REF", "1K", number)] : [];
            return [trace, status, .. asked, .. patientControl];
        }

        return outcome.Claims.SelectMany(claim => (X12Segment[])
        [
            trace, ClaimStatusCodes.Of(claim, separators), X12Segment.Of("REF", "1K", claim.ClaimNumber), .. patientControl,
            X12Segment.Of("DTP", "472", "RD8", $"{X12Text.Date(claim.ServiceFrom)}-{X12Text.Date(claim.ServiceTo)}"),
        ]);
    }
}
