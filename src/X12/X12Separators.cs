namespace Platform.X12;

/// <summary>
/// The four delimiters an interchange declares in its fixed-length ISA segment: the element separator (the character
/// after "ISA"), the repetition separator (ISA11), the component separator (ISA16) and the segment terminator (the
/// character after ISA16).
/// </summary>
public readonly record struct X12Separators(char Element, char Repetition, char Component, char Segment)
{
    /// <summary>The separators the implementation guides' examples use, and this platform's responses.</summary>
    public static readonly X12Separators Default = new('*', '^', ':', '~');
}
