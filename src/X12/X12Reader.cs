using System.Globalization;

namespace Platform.X12;

/// <summary>
/// Reads an X12 5010 interchange: the delimiters from its fixed-length ISA, then its segments into groups and
/// transaction sets, checking every envelope's trailer, control number and count. An interchange it cannot follow is an
/// <see cref="X12InterchangeError"/>; a group or set with a bad envelope is read with its error codes, for the 999.
/// </summary>
public static class X12Reader
{
    /// <summary>The ISA's length up to and including its segment terminator.</summary>
    public const int IsaLength = 106;

    // ISA01 … ISA16: every element has a fixed width.
    private static readonly int[] IsaWidths = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];

    /// <summary>ST01 → GS01: the transaction sets this platform takes or sends, and their functional group.</summary>
    public static readonly IReadOnlyDictionary<string, string> FunctionalIds = new Dictionary<string, string>
    {
        ["270"] = "HS", ["271"] = "HB", ["276"] = "HR", ["277"] = "HN", ["999"] = "FA",
    };

    public static (X12Interchange? Interchange, X12InterchangeError? Error) Read(string text)
    {
        text = text.TrimStart();
        if (!text.StartsWith("ISA", StringComparison.Ordinal) || text.Length < IsaLength)
        {
            return Fail("024", $"An interchange begins with an ISA segment of {IsaLength} characters.");
        }

        var element = text[3];
        string[] isa = text[4..(IsaLength - 1)].Split(element);
        if (isa.Length != IsaWidths.Length || isa.Where((value, i) => value.Length != IsaWidths[i]).Any())
        {
            return Fail("024", "The ISA segment's 16 elements have fixed widths (ISA06 and ISA08 are 15 characters, padded with spaces).");
        }

        var separators = new X12Separators(element, isa[10][0], isa[15][0], text[IsaLength - 1]);
        if (new[] { separators.Element, separators.Repetition, separators.Component, separators.Segment }.Distinct().Count() != 4
            || char.IsLetterOrDigit(separators.Segment) || char.IsLetterOrDigit(separators.Component))
        {
            return Fail("024", "The ISA declares separators that are not four distinct delimiters.");
        }

        var header = new X12Segment("ISA", isa);
        var segments = Segments(text[IsaLength..], separators);
        var position = 0;
        var groups = new List<X12FunctionalGroup>();
        while (position < segments.Count && segments[position].Id == "GS")
        {
            groups.Add(Group(segments, ref position));
        }

        // From here the ISA is read: the error carries it, so a TA1 can answer its sender.
        (X12Interchange?, X12InterchangeError?) Refuse(string code, string message) => (null, new X12InterchangeError(code, message, header, separators));
        if (position == segments.Count)
        {
            return Refuse("023", "The interchange ends before its IEA trailer.");
        }

        var iea = segments[position];
        if (iea.Id != "IEA" || position != segments.Count - 1)
        {
            return Refuse("024", $"Segment {segments[position].Id} stands where a GS or the IEA trailer belongs.");
        }

        if (!int.TryParse(iea[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count != groups.Count)
        {
            return Refuse("021", $"IEA01 says {iea[1]} functional groups; the interchange holds {groups.Count}.");
        }

        return iea[2] != isa[12]
            ? Refuse("001", $"IEA02 ({iea[2]}) differs from ISA13 ({isa[12]}).")
            : (new X12Interchange(separators, header, groups, iea), null);
    }

    private static (X12Interchange?, X12InterchangeError?) Fail(string code, string message) => (null, new X12InterchangeError(code, message));

    private static List<X12Segment> Segments(string text, X12Separators separators) =>
        [.. text.Split(separators.Segment)
            .Select(s => s.Trim('\r', '\n', ' ', '\t'))
            .Where(s => s.Length > 0)
            .Select(s => s.Split(separators.Element))
            .Select(parts => new X12Segment(parts[0], parts[1..]))];

    private static X12FunctionalGroup Group(List<X12Segment> segments, ref int position)
    {
        var gs = segments[position++];
        var sets = new List<X12TransactionSet>();
        while (position < segments.Count && segments[position].Id == "ST")
        {
            sets.Add(TransactionSet(segments, ref position, gs[1]));
        }

        if (position >= segments.Count || segments[position].Id != "GE")
        {
            return new X12FunctionalGroup(gs, sets, null, ["3"]);
        }

        var ge = segments[position++];
        List<string> errors = [];
        if (ge[1] != sets.Count.ToString(CultureInfo.InvariantCulture))
        {
            errors.Add("5");
        }

        if (ge[2] != gs[6])
        {
            errors.Add("4");
        }

        return new X12FunctionalGroup(gs, sets, ge, errors);
    }

    private static X12TransactionSet TransactionSet(List<X12Segment> segments, ref int position, string functionalId)
    {
        var st = segments[position++];
        var body = new List<X12Segment>();
        while (position < segments.Count && segments[position].Id is not ("SE" or "ST" or "GE" or "GS" or "IEA"))
        {
            body.Add(segments[position++]);
        }

        List<string> errors = [];
        if (!FunctionalIds.TryGetValue(st[1], out var expected) || expected != functionalId)
        {
            errors.Add("1");
        }

        if (position >= segments.Count || segments[position].Id != "SE")
        {
            return new X12TransactionSet(st, body, null, [.. errors, "2"]);
        }

        var se = segments[position++];
        // SE01 counts the set's segments from ST to SE, both included.
        if (se[1] != (body.Count + 2).ToString(CultureInfo.InvariantCulture))
        {
            errors.Add("4");
        }

        if (se[2] != st[2])
        {
            errors.Add("3");
        }

        return new X12TransactionSet(st, body, se, errors);
    }
}
