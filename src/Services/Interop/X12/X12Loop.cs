using Platform.X12;

namespace Platform.Interop.X12;

/// <summary>
/// One hierarchical level of a 270 or 276 (HL … up to the next HL): the information source (HL03 20), receiver (21),
/// provider (19) or subscriber (22), with the segments of its loops. <see cref="Position"/> is the HL's position in
/// the set (ST is 1), as a 999 counts.
/// </summary>
public sealed record X12Loop(int Position, X12Segment Hl, IReadOnlyList<X12Segment> Segments)
{
    public string Level => Hl[3];

    /// <summary>The first segment with this id (and, when given, this first element), or null.</summary>
    public X12Segment? Find(string id, string? qualifier = null) =>
        Segments.FirstOrDefault(s => s.Id == id && (qualifier is null || s[1] == qualifier));

    /// <summary>The position in the set of one of this loop's segments.</summary>
    public int PositionOf(X12Segment segment)
    {
        var index = 0;
        while (index < Segments.Count && !ReferenceEquals(Segments[index], segment))
        {
            index++;
        }

        return Position + 1 + index;
    }

    /// <summary>The set's body cut at each HL; what precedes the first HL (the BHT) belongs to none.</summary>
    public static IReadOnlyList<X12Loop> Of(IReadOnlyList<X12Segment> body)
    {
        var loops = new List<X12Loop>();
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i].Id != "HL")
            {
                continue;
            }

            var end = i + 1;
            while (end < body.Count && body[end].Id != "HL")
            {
                end++;
            }

            // ST is position 1, so the body's first segment is 2.
            loops.Add(new X12Loop(i + 2, body[i], [.. body.Skip(i + 1).Take(end - i - 1)]));
        }

        return loops;
    }
}
