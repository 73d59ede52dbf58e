using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.X12;

namespace Platform.Interop.X12.Eligibility;

/// <summary>
/// <c>POST /x12/270</c> (the gateway's /api/x12/270): a real-time 270 eligibility inquiry (005010X279A1) answered by
/// a 271, each subscriber's eligibility as of the date of service (ELG-02, today by default) from the eligibility
/// service with the caller's token (ACC-01/06: another network's member is not found, AAA 75).
/// </summary>
public static class Eligibility270Api
{
    public const string Version = "005010X279A1";

    /// <summary>2000A information source with its 2100A name, 2000B receiver with 2100B, 2000C subscriber with its 2100C NM1*IL.</summary>
    public static readonly X12Transaction Transaction = new("270", Version, "271",
    [
        new X12Level("20", "2000A", new X12Required("NM1", "2100A", "PR", "2B", "36", "GP", "P5")),
        new X12Level("21", "2000B", new X12Required("NM1", "2100B", "1P", "2B", "36", "80", "FA", "GP", "P5", "PR")),
        new X12Level("22", "2000C", new X12Required("NM1", "2100C", "IL")),
    ]);

    public static RouteHandlerBuilder MapEligibility270(this RouteGroupBuilder x12) => x12
        .MapPost("/270", (HttpRequest request, IHttpClientFactory clients, ILogger<EligibilityLookup> log, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var lookup = new EligibilityLookup(clients, log);
            return X12Exchange.AnswerAsync(request, Transaction, (set, separators) => AnswerAsync(set, separators, lookup, time, cancellationToken), time, cancellationToken);
        })
        .RequireAuthorization(Modules.Members)
        .TakesInterchange("One X12 5010 interchange holding a 270 (005010X279A1).")
        .WithName("X12Eligibility270")
        .WithSummary("Real-time eligibility: one 270 in, one 271 out (or a 999/TA1 for an interchange that is not a readable 270), eligibility as of the date of service (ELG-02).");

    /// <summary>
    /// The 271's body: the BHT answered, 2000A/2100A and 2000B/2100B echoed, and per subscriber its 2000C with the
    /// eligibility or an AAA. Eligibility unable to answer any of them makes the whole answer an AAA 42 at 2100A.
    /// </summary>
    private static async Task<IReadOnlyList<X12Segment>> AnswerAsync(
        X12TransactionSet set, X12Separators separators, EligibilityLookup lookup, TimeProvider time, CancellationToken cancellationToken)
    {
        var loops = X12Loop.Of(set.Body);
        var today = time.PlanToday();
        var answers = new Dictionary<X12Loop, IReadOnlyList<X12Segment>>();
        foreach (var subscriber in loops.Where(loop => loop.Level == "22"))
        {
            var (inquiry, reject) = EligibilityInquiry.Read(subscriber, today);
            var outcome = inquiry is null ? EligibilityOutcome.Rejected(reject!) : await lookup.AsOfAsync(inquiry, cancellationToken);
            if (outcome.Reject == RejectReasons.UnableToRespondNow)
            {
                return [Bht(set, time), .. loops.Where(loop => loop.Level == "20").SelectMany(Unavailable)];
            }

            answers[subscriber] = Subscriber(subscriber, inquiry, outcome, separators);
        }

        // Levels this plan does not use (a dependent's 2000D: every Medi-Cal member has an id of their own) are not answered.
        return [Bht(set, time), .. loops.SelectMany(loop => loop.Level switch
        {
            "20" or "21" => [loop.Hl, loop.Find("NM1")!],
            "22" => [loop.Hl, .. answers[loop]],
            _ => Array.Empty<X12Segment>(),
        })];
    }

    /// <summary>BHT*0022*11: the 270's reference (BHT03) answered, with this response's date and time.</summary>
    private static X12Segment Bht(X12TransactionSet set, TimeProvider time)
    {
        var now = time.GetUtcNow().PlanTime();
        return X12Segment.Of("BHT", "0022", "11", set.Body[0][3], X12Text.Date(DateOnly.FromDateTime(now.DateTime)), now.ToString("HHmm", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static X12Segment[] Unavailable(X12Loop source) =>
        [X12Segment.Of("HL", source.Hl[1], "", "20", "0"), source.Find("NM1")!, RejectReasons.Aaa(RejectReasons.UnableToRespondNow)];

    /// <summary>
    /// 2000C/2100C/2110C: the trace echoed (TRN01 2, referenced), then the subscriber's name and id — the member's as
    /// the plan has them when eligibility shows them, else as asked — with the AAA, or DMG, the eligibility date and the benefits.
    /// </summary>
    private static IReadOnlyList<X12Segment> Subscriber(X12Loop subscriber, EligibilityInquiry? inquiry, EligibilityOutcome outcome, X12Separators separators)
    {
        var asked = subscriber.Find("NM1", "IL")!;
        X12Segment[] trace = subscriber.Find("TRN") is { } trn ? [X12Segment.Of("TRN", ["2", .. trn.Elements.Skip(1)])] : [];
        if (outcome.Eligibility is not { } eligibility)
        {
            return [.. trace, asked, RejectReasons.Aaa(outcome.Reject!)];
        }

        var member = eligibility.Member;
        var name = X12Segment.Of("NM1", "IL", "1",
            member is null ? asked[3] : X12Text.Clean(member.LastName, separators, 60), member is null ? asked[4] : X12Text.Clean(member.FirstName, separators, 35),
            "", "", "", "MI", inquiry!.MemberId);
        X12Segment[] demographics = (member?.DateOfBirth ?? inquiry.DateOfBirth) is { } born ? [X12Segment.Of("DMG", "D8", X12Text.Date(born))] : [];
        return [.. trace, name, .. demographics, X12Segment.Of("DTP", "307", "D8", X12Text.Date(outcome.DateOfService!.Value)), .. EligibilityBenefits.Of(eligibility, separators)];
    }
}
