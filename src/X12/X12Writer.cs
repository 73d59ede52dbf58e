using System.Globalization;
using System.Text;

namespace Platform.X12;

/// <summary>A transaction set to send: ST01, ST02 (its control number), ST03 (the guide's version) and the segments between ST and SE.</summary>
public sealed record X12OutgoingSet(string Id, string ControlNumber, string Version, IReadOnlyList<X12Segment> Body);

/// <summary>The envelope of an interchange to send: who to whom, when, its control numbers, production or test.</summary>
public sealed record X12Envelope(X12Party Sender, X12Party Receiver, DateTimeOffset At, long InterchangeControlNumber, long GroupControlNumber, bool Production)
{
    /// <summary>The envelope of an answer to <paramref name="received"/>: sender and receiver swapped, its usage kept.</summary>
    public static X12Envelope AnswerTo(X12Interchange received, DateTimeOffset at, long controlNumber) => AnswerTo(received.Isa, at, controlNumber);

    /// <summary>The envelope of an answer to the interchange that <paramref name="isa"/> opens (a TA1 has no more of it).</summary>
    public static X12Envelope AnswerTo(X12Segment isa, DateTimeOffset at, long controlNumber) =>
        new(new X12Party(isa[7], isa[8].TrimEnd()), new X12Party(isa[5], isa[6].TrimEnd()), at, controlNumber, controlNumber, isa[15] == "P");
}

/// <summary>
/// Writes an interchange: ISA with its fixed widths, one functional group, the transaction sets with their SE counts,
/// GE and IEA; each segment's trailing empty elements are left out, as the syntax asks.
/// </summary>
public static class X12Writer
{
    public static string Write(X12Envelope envelope, string functionalId, string version, IReadOnlyList<X12OutgoingSet> sets, X12Separators separators)
    {
        var at = envelope.At;
        var interchange = envelope.InterchangeControlNumber.ToString("D9", CultureInfo.InvariantCulture);
        var group = envelope.GroupControlNumber.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        AppendIsa(text, envelope, separators);
        Append(text, separators, X12Segment.Of("GS", functionalId, envelope.Sender.Id, envelope.Receiver.Id,
            at.ToString("yyyyMMdd", CultureInfo.InvariantCulture), at.ToString("HHmm", CultureInfo.InvariantCulture), group, "X", version));
        foreach (var set in sets)
        {
            Append(text, separators, X12Segment.Of("ST", set.Id, set.ControlNumber, set.Version));
            foreach (var segment in set.Body)
            {
                Append(text, separators, segment);
            }

            Append(text, separators, X12Segment.Of("SE", (set.Body.Count + 2).ToString(CultureInfo.InvariantCulture), set.ControlNumber));
        }

        Append(text, separators, X12Segment.Of("GE", sets.Count.ToString(CultureInfo.InvariantCulture), group));
        Append(text, separators, X12Segment.Of("IEA", "1", interchange));
        return text.ToString();
    }

    /// <summary>
    /// An interchange with no group, only a TA1 Interchange Acknowledgment (ISA13, its date and time, R rejected, the
    /// note code) answering the interchange <paramref name="isa"/> opened.
    /// </summary>
    public static string WriteInterchangeAcknowledgment(X12Envelope envelope, X12Segment isa, string noteCode, X12Separators separators)
    {
        var text = new StringBuilder();
        AppendIsa(text, envelope, separators);
        Append(text, separators, X12Segment.Of("TA1", isa[13], isa[9], isa[10], "R", noteCode));
        Append(text, separators, X12Segment.Of("IEA", "0", envelope.InterchangeControlNumber.ToString("D9", CultureInfo.InvariantCulture)));
        return text.ToString();
    }

    private static void AppendIsa(StringBuilder text, X12Envelope envelope, X12Separators separators)
    {
        var at = envelope.At;
        Append(text, separators, X12Segment.Of("ISA", "00", new string(' ', 10), "00", new string(' ', 10),
            envelope.Sender.Qualifier, envelope.Sender.Id.PadRight(15), envelope.Receiver.Qualifier, envelope.Receiver.Id.PadRight(15),
            at.ToString("yyMMdd", CultureInfo.InvariantCulture), at.ToString("HHmm", CultureInfo.InvariantCulture),
            separators.Repetition.ToString(), "00501", envelope.InterchangeControlNumber.ToString("D9", CultureInfo.InvariantCulture), "0",
            envelope.Production ? "P" : "T", separators.Component.ToString()), trim: false);
    }

    private static void Append(StringBuilder text, X12Separators separators, X12Segment segment, bool trim = true)
    {
        var count = segment.Elements.Count;
        while (trim && count > 0 && segment.Elements[count - 1].Length == 0)
        {
            count--;
        }

        text.Append(segment.Id);
        for (var i = 0; i < count; i++)
        {
            text.Append(separators.Element).Append(segment.Elements[i]);
        }

        text.Append(separators.Segment);
    }
}
