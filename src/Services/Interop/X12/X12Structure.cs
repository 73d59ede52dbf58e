using Platform.X12;

namespace Platform.Interop.X12;

/// <summary>A segment a hierarchical level must hold, in which loop, and the codes its first element may take (any when empty).</summary>
public sealed record X12Required(string SegmentId, string LoopId, params string[] Codes);

/// <summary>A hierarchical level a transaction must have (HL03), its loop id, and the segments it must hold.</summary>
public sealed record X12Level(string Code, string LoopId, params X12Required[] Required);

/// <summary>
/// The implementation guide's structure a service relies on, checked before it answers: the BHT, every level it needs
/// and their required segments. What is wrong becomes the 999's IK3 (3 required segment missing; 8 element errors)
/// with an IK4 (7 invalid code value). Levels a guide allows but this plan does not use (a dependent) are left alone.
/// </summary>
public static class X12Structure
{
    public static IReadOnlyList<X12SegmentError> Check(IReadOnlyList<X12Segment> body, IReadOnlyList<X12Level> levels)
    {
        var errors = new List<X12SegmentError>();
        if (body.Count == 0 || body[0].Id != "BHT")
        {
            errors.Add(new X12SegmentError("BHT", 2, "", "3"));
        }

        var loops = X12Loop.Of(body);
        foreach (var level in levels)
        {
            var ofLevel = loops.Where(loop => loop.Level == level.Code).ToList();
            if (ofLevel.Count == 0)
            {
                // Where the level should have begun: the SE, as nothing later holds it.
                errors.Add(new X12SegmentError("HL", body.Count + 2, level.LoopId, "3"));
            }

            foreach (var loop in ofLevel)
            {
                errors.AddRange(level.Required.Select(required => Missing(loop, required)).OfType<X12SegmentError>());
            }
        }

        return errors;
    }

    /// <summary>One of the segments with an accepted code is enough; else the first of that id has a wrong code; else none is there.</summary>
    private static X12SegmentError? Missing(X12Loop loop, X12Required required)
    {
        var candidates = loop.Segments.Where(s => s.Id == required.SegmentId).ToList();
        if (candidates.Count == 0)
        {
            return new X12SegmentError(required.SegmentId, loop.Position + 1, required.LoopId, "3");
        }

        if (required.Codes.Length == 0 || candidates.Any(s => required.Codes.Contains(s[1])))
        {
            return null;
        }

        var wrong = candidates[0];
        return new X12SegmentError(required.SegmentId, loop.PositionOf(wrong), required.LoopId, "8", new X12ElementError(1, "7", wrong[1]));
    }
}
