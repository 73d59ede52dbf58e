namespace Platform.Contracts.Attachments;

/// <summary>A kind of file a dispute or a referral takes: its usual extension and the media type it is served with.</summary>
public sealed record AttachmentType(string Name, string Extension, string ContentType);

/// <summary>
/// DSP-05: what a dispute takes as attachments, and a referral too (REF-01 reuses the dispute's rules). Shared by the
/// services (which enforce it, by the files' content: Platform.Attachments), the gateway (the upload routes' body
/// limit) and the web front end (which tells the submitter before they upload).
/// </summary>
public static class AttachmentLimits
{
    public const int MaxFiles = 5;

    public const long MaxBytes = 25 * 1024 * 1024;

    /// <summary>
    /// One upload request: every file at its limit, plus room for each part's headers and boundaries. Kestrel and the
    /// gateway allow this much on the upload route only; everywhere else their 30 MB default stays.
    /// </summary>
    public const long MaxRequestBytes = MaxFiles * (MaxBytes + 64 * 1024);

    public static readonly AttachmentType Pdf = new("PDF", "pdf", "application/pdf");
    public static readonly AttachmentType Docx = new("Word", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly AttachmentType Xlsx = new("Excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static readonly AttachmentType Png = new("PNG", "png", "image/png");
    public static readonly AttachmentType Jpeg = new("JPEG", "jpg", "image/jpeg");
    public static readonly AttachmentType Gif = new("GIF", "gif", "image/gif");
    public static readonly AttachmentType Tiff = new("TIFF", "tif", "image/tiff");
    public static readonly AttachmentType Bmp = new("BMP", "bmp", "image/bmp");

    public static readonly IReadOnlyList<AttachmentType> Accepted = [Pdf, Docx, Xlsx, Png, Jpeg, Gif, Tiff, Bmp];

    /// <summary>Other extensions a type's files commonly carry: a photo.jpeg keeps its name.</summary>
    public static readonly IReadOnlyDictionary<string, AttachmentType> Aliases = new Dictionary<string, AttachmentType>(StringComparer.OrdinalIgnoreCase)
    {
        ["jpeg"] = Jpeg,
        ["tiff"] = Tiff,
    };

    /// <summary>What the upload form says above the file picker.</summary>
    public static readonly string Instructions = $"Upload up to {MaxFiles} files. Max file size {MaxBytes / (1024 * 1024)}MB.";

    /// <summary>The accepted types as a sentence: "PDF, Word (.docx), …".</summary>
    public static readonly string AcceptedTypes = string.Join(", ", Accepted.Select(type => $"{type.Name} (.{type.Extension})"));

    /// <summary>For an HTML file input's accept attribute.</summary>
    public static readonly string Accept = string.Join(",", Accepted.Select(type => $".{type.Extension}").Concat(Aliases.Keys.Select(alias => $".{alias}")));
}
