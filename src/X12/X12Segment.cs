namespace Platform.X12;

/// <summary>One segment: its id and its elements (1-based as the guides number them: element 1 is ISA01, NM103…).</summary>
public sealed class X12Segment(string id, IReadOnlyList<string> elements)
{
    public string Id { get; } = id;

    public IReadOnlyList<string> Elements { get; } = elements;

    /// <summary>The element at a 1-based position, or empty when the segment stops before it (trailing empties are dropped).</summary>
    public string this[int position] => position >= 1 && position <= Elements.Count ? Elements[position - 1] : "";

    /// <summary>A composite element's components, split by the interchange's component separator.</summary>
    public IReadOnlyList<string> Components(int position, X12Separators separators) => this[position].Split(separators.Component);

    public static X12Segment Of(string id, params string[] elements) => new(id, elements);

    public override string ToString() => $"{Id}*{string.Join('*', Elements)}";
}
