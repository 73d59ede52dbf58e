using System.Globalization;

namespace Platform.X12;

/// <summary>
/// The 999 Implementation Acknowledgment (005010X231A1) for a read interchange: per group an AK1, per transaction set an
/// AK2 with IK5 accepted (A) or rejected (R) with the reader's code, and an AK9 accepted, partially accepted (P) or
/// rejected with the counts. Each segment a service found in error is an IK3 (with an IK4 for its element) and the set's
/// IK5 is rejected with 5 (segments in error). Syntax only: a set whose content a service refuses (an unknown member)
/// is answered in its own transaction (a 271's AAA), not here.
/// </summary>
public static class FunctionalAcknowledgment
{
    public const string Version = "005010X231A1";

    public static string For(X12Interchange received, DateTimeOffset at, long controlNumber)
    {
        var sets = received.Groups.Select((group, i) => new X12OutgoingSet("999", (i + 1).ToString("D4", CultureInfo.InvariantCulture), Version, Body(group))).ToList();
        return X12Writer.Write(X12Envelope.AnswerTo(received, at, controlNumber), "FA", Version, sets, received.Separators);
    }

    private static List<X12Segment> Body(X12FunctionalGroup group)
    {
        var body = new List<X12Segment> { X12Segment.Of("AK1", group.FunctionalId, group.ControlNumber, group.Version) };
        foreach (var set in group.TransactionSets)
        {
            body.Add(X12Segment.Of("AK2", set.Id, set.ControlNumber, set.Version));
            foreach (var error in set.SegmentErrors)
            {
                body.Add(X12Segment.Of("IK3", error.SegmentId, Count(error.Position), error.LoopId, error.Code));
                if (error.Element is { } element)
                {
                    body.Add(X12Segment.Of("IK4", Count(element.Position), "", element.Code, element.BadValue));
                }
            }

            string[] codes = [.. set.ErrorCodes, .. set.SegmentErrors.Count > 0 ? ["5"] : Array.Empty<string>()];
            body.Add(set.Accepted ? X12Segment.Of("IK5", "A") : X12Segment.Of("IK5", ["R", .. codes.Take(5)]));
        }

        var received = group.TransactionSets.Count;
        var accepted = group.TransactionSets.Count(s => s.Accepted);
        var status = group.ErrorCodes.Count > 0 || accepted == 0 ? "R" : accepted < received ? "P" : "A";
        body.Add(X12Segment.Of("AK9", [status, Count(received), Count(received), Count(accepted), .. group.ErrorCodes.Take(5)]));
        return body;
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
