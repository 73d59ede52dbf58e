namespace Platform.X12;

/// <summary>
/// A transaction set (ST … SE) and what is wrong with its envelope, as 999 IK5 codes: 1 not supported, 2 trailer
/// missing, 3 control numbers differ, 4 segment count wrong (a service adds 19, the implementation guide's version is
/// not the one it takes). <see cref="SegmentErrors"/> are the segments a service found wrong in it, for the 999's IK3/IK4.
/// </summary>
public sealed record X12TransactionSet(X12Segment Header, IReadOnlyList<X12Segment> Body, X12Segment? Trailer, IReadOnlyList<string> ErrorCodes)
{
    public string Id => Header[1];

    public string ControlNumber => Header[2];

    public string Version => Header[3];

    public IReadOnlyList<X12SegmentError> SegmentErrors { get; init; } = [];

    public bool Accepted => ErrorCodes.Count == 0 && SegmentErrors.Count == 0;
}

/// <summary>
/// A segment in error, as a 999 IK3 reports it: its id, its position in the set (ST is 1), the loop it belongs to and
/// the syntax error code (3 required segment missing, 8 segment has data element errors…), with the element at fault.
/// </summary>
public sealed record X12SegmentError(string SegmentId, int Position, string LoopId, string Code, X12ElementError? Element = null);

/// <summary>An element in error, as a 999 IK4 reports it: its position in the segment, the error code (1 required element missing, 7 invalid code value…) and the bad value.</summary>
public sealed record X12ElementError(int Position, string Code, string BadValue = "");

/// <summary>
/// A functional group (GS … GE) and what is wrong with its envelope, as 999 AK9 codes: 3 trailer missing, 4 control
/// numbers differ, 5 transaction set count wrong.
/// </summary>
public sealed record X12FunctionalGroup(X12Segment Header, IReadOnlyList<X12TransactionSet> TransactionSets, X12Segment? Trailer, IReadOnlyList<string> ErrorCodes)
{
    public string FunctionalId => Header[1];

    public string ControlNumber => Header[6];

    public string Version => Header[8];
}

/// <summary>An interchange read whole: its delimiters, ISA, groups and IEA.</summary>
public sealed record X12Interchange(X12Separators Separators, X12Segment Isa, IReadOnlyList<X12FunctionalGroup> Groups, X12Segment Iea)
{
    public string ControlNumber => Isa[13];

    /// <summary>ISA05/ISA06: who sent it (qualifier, id without its padding).</summary>
    public X12Party Sender => new(Isa[5], Isa[6].TrimEnd());

    public X12Party Receiver => new(Isa[7], Isa[8].TrimEnd());

    public bool IsProduction => Isa[15] == "P";
}

/// <summary>An interchange sender or receiver: its ISA qualifier (ZZ mutually defined, 30 federal tax id…) and id.</summary>
public sealed record X12Party(string Qualifier, string Id);

/// <summary>
/// Why an interchange could not be read at all, with the TA1 note code that says so (001 control numbers differ, 021
/// group count wrong, 023 premature end, 024 invalid content): no 999 can answer it, since no group was read. When its
/// ISA could be read, <see cref="Isa"/> and <see cref="Separators"/> say whom a TA1 answers and how.
/// </summary>
public sealed record X12InterchangeError(string NoteCode, string Message, X12Segment? Isa = null, X12Separators Separators = default);
