using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Platform.Web.Components.Attachments;

/// <summary>
/// The browser's file parts, written on to the API as the browser sends them: each part is copied from the request to
/// the gateway while it arrives, so no file is ever whole in this process (DSP-05's 5 × 25 MB, a dispute's or a
/// referral's, would otherwise sit in its memory or on its disk). The length is unknown beforehand, so the request goes chunked.
/// </summary>
public sealed class MultipartPassThrough : HttpContent
{
    private readonly MultipartReader reader;
    private readonly string boundary = $"portal-{Guid.NewGuid():N}";

    public MultipartPassThrough(MultipartReader reader)
    {
        this.reader = reader;
        Headers.ContentType = new("multipart/form-data") { Parameters = { new("boundary", boundary) } };
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            // A file input left empty still sends a part, with no file name and no bytes: it is no file.
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()
                || string.IsNullOrEmpty(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value))
            {
                continue;
            }

            await WriteAsync(stream, $"--{boundary}\r\nContent-Disposition: {section.ContentDisposition}\r\nContent-Type: {section.ContentType ?? "application/octet-stream"}\r\n\r\n", cancellationToken);
            await section.Body.CopyToAsync(stream, cancellationToken);
            await WriteAsync(stream, "\r\n", cancellationToken);
        }

        await WriteAsync(stream, $"--{boundary}--\r\n", cancellationToken);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    private static Task WriteAsync(Stream stream, string text, CancellationToken cancellationToken) =>
        stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).AsTask();
}
