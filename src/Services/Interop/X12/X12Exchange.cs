using Platform.ServiceDefaults;
using Platform.X12;

namespace Platform.Interop.X12;

/// <summary>
/// What one real-time endpoint takes (ST01, the guide's version, the levels it needs) and the transaction set it
/// answers with, in the same version.
/// </summary>
public sealed record X12Transaction(string SetId, string Version, string AnswerSetId, IReadOnlyList<X12Level> Levels)
{
    public string FunctionalId => X12Reader.FunctionalIds[SetId];
}

/// <summary>
/// A real-time X12 exchange (CAQH CORE): the body read, then — in the X12 real-time norm, every syntax answer is an
/// HTTP 200 whose body is the acknowledgment —
/// <list type="bullet">
/// <item>text that is not an interchange at all (no readable ISA): a 400 problem naming "body", as no one can be addressed;</item>
/// <item>an interchange whose envelope cannot be followed past its ISA, or that holds no group: a TA1 rejecting it;</item>
/// <item>a group or set that is wrong (its envelope, another transaction, another version, a required segment missing): a 999;</item>
/// <item>otherwise every set answered, in one interchange back to the sender (X12Envelope.AnswerTo).</item>
/// </list>
/// What the service refuses about the content (an unknown member) is said in the answer itself (AAA, STC), never as an
/// HTTP error.
/// </summary>
public static class X12Exchange
{
    /// <summary>The TA1 note code for an interchange with no readable content (here: no functional group).</summary>
    private const string InvalidContent = "024";

    public static async Task<IResult> AnswerAsync(
        HttpRequest request, X12Transaction transaction, Func<X12TransactionSet, X12Separators, Task<IReadOnlyList<X12Segment>>> answer,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var (text, problem) = await X12Body.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var at = time.GetUtcNow().PlanTime();
        var (interchange, error) = X12Reader.Read(text!);
        if (error is not null)
        {
            return error.Isa is null
                ? Problems.Invalid("body", $"The body is not an X12 interchange: {error.Message}")
                : Edi(X12Writer.WriteInterchangeAcknowledgment(X12Envelope.AnswerTo(error.Isa, at, X12ControlNumbers.Next()), error.Isa, error.NoteCode, error.Separators));
        }

        if (interchange!.Groups.Count == 0)
        {
            return Edi(X12Writer.WriteInterchangeAcknowledgment(X12Envelope.AnswerTo(interchange, at, X12ControlNumbers.Next()), interchange.Isa, InvalidContent, interchange.Separators));
        }

        var reviewed = interchange with { Groups = [.. interchange.Groups.Select(group => Review(group, transaction))] };
        if (reviewed.Groups.Any(group => group.ErrorCodes.Count > 0 || group.TransactionSets.Any(set => !set.Accepted)))
        {
            return Edi(FunctionalAcknowledgment.For(reviewed, at, X12ControlNumbers.Next()));
        }

        var sets = new List<X12OutgoingSet>();
        foreach (var set in reviewed.Groups.SelectMany(group => group.TransactionSets))
        {
            var control = (sets.Count + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            sets.Add(new X12OutgoingSet(transaction.AnswerSetId, control, transaction.Version, await answer(set, interchange.Separators)));
        }

        var answerFunctionalId = X12Reader.FunctionalIds[transaction.AnswerSetId];
        return Edi(X12Writer.Write(X12Envelope.AnswerTo(interchange, at, X12ControlNumbers.Next()), answerFunctionalId, transaction.Version, sets, interchange.Separators));
    }

    /// <summary>
    /// The group for this endpoint: AK9 1 (another functional group) or 2 (another version); each set IK5 1 (another
    /// transaction), I6 (another implementation guide) or the guide's structure's IK3s.
    /// </summary>
    private static X12FunctionalGroup Review(X12FunctionalGroup group, X12Transaction transaction)
    {
        string[] groupCodes = group.FunctionalId != transaction.FunctionalId ? ["1"] : group.Version != transaction.Version ? ["2"] : [];
        return group with
        {
            ErrorCodes = [.. group.ErrorCodes, .. groupCodes],
            TransactionSets = [.. group.TransactionSets.Select(set => set switch
            {
                { Accepted: false } => set,
                _ when set.Id != transaction.SetId => set with { ErrorCodes = ["1"] },
                _ when set.Version != transaction.Version => set with { ErrorCodes = ["I6"] },
                _ => set with { SegmentErrors = X12Structure.Check(set.Body, transaction.Levels) },
            })],
        };
    }

    private static IResult Edi(string text) => TypedResults.Text(text, X12Body.MediaType);
}
