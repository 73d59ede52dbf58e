using System.Text;

namespace Platform.Referral.PriorAuthorization;

/// <summary>One code of a list as read, before it is stored.</summary>
public sealed record PaCodeRow(string Code, string Description, string Category);

/// <summary>
/// REF-02: the list's file, as the plan publishes it and plan staff load it: a header <c>code,description,category</c>,
/// then one code per line, fields quoted as RFC 4180 when they hold a comma. Every problem is reported with its line,
/// and a file with any problem loads nothing.
/// </summary>
public static class PaCodeListCsv
{
    public const string Header = "code,description,category";
    public const int MaxDescription = 300;
    public const int MaxCategory = 40;
    public const int MaxCodes = 20_000;

    public static async Task<(IReadOnlyList<PaCodeRow> Codes, IReadOnlyList<string> Problems)> ParseAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var (codes, problems, seen) = (new List<PaCodeRow>(), new List<string>(), new HashSet<string>(StringComparer.Ordinal));
        if ((await reader.ReadLineAsync(cancellationToken))?.Trim().TrimStart('\uFEFF') is not { } header || !header.Equals(Header, StringComparison.OrdinalIgnoreCase))
        {
            return ([], [$"line 1: the first line is the header \"{Header}\"."]);
        }

        var number = 1;
        for (var line = await reader.ReadLineAsync(cancellationToken); line is not null; line = await reader.ReadLineAsync(cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = Fields(line);
            if (Problem(fields, seen) is { } problem)
            {
                problems.Add($"line {number}: {problem}");
            }
            else
            {
                codes.Add(new PaCodeRow(fields![0].Trim().ToUpperInvariant(), fields[1].Trim(), fields[2].Trim()));
            }

            if (problems.Count >= 20)
            {
                problems.Add("…and perhaps more: correct these first.");
                break;
            }
        }

        if (codes.Count + problems.Count == 0)
        {
            problems.Add("The list has no codes.");
        }
        else if (codes.Count > MaxCodes)
        {
            problems.Add($"A list holds at most {MaxCodes} codes.");
        }

        return (codes, problems);
    }

    private static string? Problem(List<string>? fields, HashSet<string> seen)
    {
        if (fields is not { Count: 3 })
        {
            return "each line has three fields: code, description, category (a field holding a comma is in double quotes).";
        }

        var code = fields[0].Trim().ToUpperInvariant();
        if (!ServiceCode.IsValid(code))
        {
            return $"\"{fields[0]}\" is not a service code. {ServiceCode.Message}";
        }

        if (!seen.Add(code))
        {
            return $"{code} is listed twice.";
        }

        if (fields[1].Trim() is { Length: 0 or > MaxDescription })
        {
            return $"the description of {code} is 1 to {MaxDescription} characters.";
        }

        return fields[2].Trim() is { Length: 0 or > MaxCategory } ? $"the category of {code} is 1 to {MaxCategory} characters." : null;
    }

    /// <summary>One line's fields; null when a quote is left open (a field cannot span lines).</summary>
    private static List<string>? Fields(string line)
    {
        var (fields, field, quoted) = (new List<string>(), new StringBuilder(), false);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"' && (quoted || field.ToString().Trim().Length == 0))
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return quoted ? null : fields;
    }
}
