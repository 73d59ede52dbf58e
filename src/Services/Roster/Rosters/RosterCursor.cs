namespace Platform.Roster.Rosters;

/// <summary>
/// RST-03: the roster list's keyset. A member may be on a provider's rosters of several types, so the CIN alone is not
/// unique: the cursor is (CIN, roster type), written "CIN.TYPE". Callers pass it back as it came.
/// </summary>
public readonly record struct RosterCursor(string Cin, string RosterType)
{
    public const string Message = "after must be the next value of a previous page.";

    public static string Of(string cin, string rosterType) => $"{cin}.{rosterType}";

    public static bool TryParse(string? text, out RosterCursor cursor)
    {
        cursor = default;
        var parts = text?.Split('.');
        if (parts is not { Length: 2 } || !Contracts.Identifiers.Cin.TryParse(parts[0], out var cin) || RosterTypes.Parse(parts[1]) is not { } type)
        {
            return false;
        }

        cursor = new(cin.Value, type);
        return true;
    }
}
