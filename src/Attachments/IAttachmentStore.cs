namespace Platform.Attachments;

/// <summary>Where an attachment's bytes went: the object's id, how many bytes, and their SHA-256 (lowercase hex).</summary>
public sealed record StoredContent(uint Oid, long Size, string Sha256);

/// <summary>
/// DSP-05: an attachment's bytes, written and read as streams so no file is ever held in memory whole. Every call runs
/// in the caller's transaction on the service's own database: what a request wrote is kept, or undone, with its rows.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Streams <paramref name="content"/> into a new object, hashing it on the way; null once it runs past <paramref name="maxBytes"/> (read no further: roll back).</summary>
    Task<StoredContent?> WriteAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>A seekable read stream over a stored object of <paramref name="size"/> bytes, valid until the transaction ends.</summary>
    Task<Stream> OpenReadAsync(uint oid, long size, CancellationToken cancellationToken);

    Task DeleteAsync(uint oid, CancellationToken cancellationToken);
}
