using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Eligibility.Enrollment;

/// <summary>
/// ELG-08: a parsed enrollment batch. Line 1 is the header, {"format":"enrollment/1","batchId":"…"}; every other
/// non-blank line is one <see cref="EnrollmentRecord"/>. A line that does not parse or check becomes a problem and
/// the others still apply; only a bad header refuses the whole batch.
/// </summary>
public sealed record EnrollmentFile(
    string BatchId,
    string ContentHash,
    IReadOnlyList<(int Line, EnrollmentRecord Record)> Records,
    IReadOnlyList<EnrollmentProblem> Problems)
{
    public const string Format = "enrollment/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // A misspelt field must be reported, not silently dropped.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private sealed record Header(string? Format, string? BatchId);

    /// <summary>The batch, or the problem with its header that refuses it whole.</summary>
    public static async Task<(EnrollmentFile? File, EnrollmentProblem? Refusal)> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var records = new List<(int, EnrollmentRecord)>();
        var problems = new List<EnrollmentProblem>();
        Header? header = null;
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
            if (number == 1)
            {
                (header, var refusal) = ParseHeader(line);
                if (refusal is not null)
                {
                    return (null, refusal);
                }
            }
            else if (!string.IsNullOrWhiteSpace(line))
            {
                switch (Parse(number, line))
                {
                    case { Record: { } record }:
                        records.Add((number, record));
                        break;
                    case { Problem: { } problem }:
                        problems.Add(problem);
                        break;
                }
            }
        }

        return header is null
            ? (null, new EnrollmentProblem(1, "format", $"The batch is empty: its first line must be the {Format} header."))
            : (new EnrollmentFile(header.BatchId!, Convert.ToHexStringLower(hash.GetHashAndReset()), records, problems), null);
    }

    private static (Header? Header, EnrollmentProblem? Refusal) ParseHeader(string line)
    {
        Header? header;
        try
        {
            header = JsonSerializer.Deserialize<Header>(line, Json);
        }
        catch (JsonException exception)
        {
            return (null, Unparsable(1, exception));
        }

        if (header?.Format != Format)
        {
            return (null, new EnrollmentProblem(1, "format", $"The first line must be the header with \"format\": \"{Format}\"."));
        }

        return header.BatchId is { Length: > 0 and <= 64 } id && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? (header, null)
            : (null, new EnrollmentProblem(1, "batchId", "A batch id is 1 to 64 letters, digits, '-', '_' or '.', unique per batch."));
    }

    private static (EnrollmentRecord? Record, EnrollmentProblem? Problem) Parse(int number, string line)
    {
        EnrollmentRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<EnrollmentRecord>(line, Json);
        }
        catch (JsonException exception)
        {
            return (null, Unparsable(number, exception));
        }

        if (record is null)
        {
            return (null, new EnrollmentProblem(number, null, "A record is a JSON object."));
        }

        return record.Check() is { } fault ? (null, new EnrollmentProblem(number, fault.Field, fault.Detail)) : (record, null);
    }

    /// <summary>Names the field whose value did not convert; a syntax error has no field, only a position.</summary>
    private static EnrollmentProblem Unparsable(int number, JsonException exception)
    {
        var field = exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        var position = exception.BytePositionInLine is { } bytes ? (int)bytes + 1 : (int?)null;
        var detail = field is null ? "Not a JSON object." : "Not a valid value, or not a field of this format.";
        return new EnrollmentProblem(number, field, detail, position);
    }
}
