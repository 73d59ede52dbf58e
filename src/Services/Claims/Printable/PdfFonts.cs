using PdfSharp.Fonts;

namespace Platform.Claims.Printable;

/// <summary>
/// PDFsharp's core build finds no fonts on Linux by itself: every face the printable uses is DejaVu Sans, read from
/// the machine's fonts-dejavu-core package (eng/infra.sh installs it; a container image would add the package), or
/// from Printable:FontDirectory.
/// </summary>
public sealed class PdfFonts(string directory) : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string DefaultDirectory = "/usr/share/fonts/truetype/dejavu";

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(isBold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(directory, $"{faceName}.ttf"));

    /// <summary>Once per process: PDFsharp keeps one resolver for all, and ignores a second of the same type.</summary>
    public static void Use(IConfiguration configuration)
    {
        var directory = configuration["Printable:FontDirectory"] ?? DefaultDirectory;
        if (!File.Exists(Path.Combine(directory, "DejaVuSans.ttf")))
        {
            throw new InvalidOperationException($"DejaVu Sans is not in {directory}: install fonts-dejavu-core or set Printable__FontDirectory.");
        }

        GlobalFontSettings.FontResolver = new PdfFonts(directory);
    }
}
