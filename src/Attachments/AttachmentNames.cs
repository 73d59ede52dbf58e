using System.Buffers;
using System.Globalization;
using System.Text;
using Platform.Contracts.Attachments;

namespace Platform.Attachments;

/// <summary>
/// DSP-05: the name a file is kept and served under. Only the last segment of what the client sent (no directory,
/// whichever separator), without control, formatting (a right-to-left override can disguise "fdp.exe" as "exe.pdf")
/// or reserved characters, without leading dots, at most <see cref="StoredAttachment.MaxFileName"/> characters, and with
/// the extension of the type its content is.
/// </summary>
public static class AttachmentNames
{
    private static readonly SearchValues<char> Reserved = SearchValues.Create("<>:\"/\\|?*");

    public static string Sanitize(string? name, AttachmentType type)
    {
        var last = name is null ? "" : name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(last.Length);
        foreach (var c in last)
        {
            if (!char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format && !Reserved.Contains(c))
            {
                kept.Append(c);
            }
        }

        var clean = kept.ToString().Trim().TrimStart('.').TrimEnd('.', ' ');
        var dot = clean.LastIndexOf('.');
        var extension = dot < 0 ? "" : clean[(dot + 1)..];
        var agrees = extension.Equals(type.Extension, StringComparison.OrdinalIgnoreCase)
            || (AttachmentLimits.Aliases.TryGetValue(extension, out var alias) && alias == type);
        var stem = (dot < 0 ? clean : clean[..dot]).TrimEnd('.', ' ');
        if (!agrees)
        {
            extension = type.Extension;
        }

        return $"{Shortened(stem.Length == 0 ? "attachment" : stem, StoredAttachment.MaxFileName - extension.Length - 1)}.{extension.ToLowerInvariant()}";
    }

    /// <summary>At most <paramref name="length"/> characters, never half of a surrogate pair.</summary>
    private static string Shortened(string stem, int length) =>
        stem.Length <= length ? stem : stem[..(char.IsHighSurrogate(stem[length - 1]) ? length - 1 : length)];
}
