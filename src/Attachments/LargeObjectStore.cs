using System.Buffers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Platform.Attachments;

/// <summary>
/// DSP-05's files (and REF-01's) as PostgreSQL large objects in the service's own database, through the server functions (lo_create, lo_open,
/// lowrite, loread, lo_lseek64, lo_unlink) on the DbContext's own connection. Why large objects: they are transactional
/// with the attachment row (a refused or failed upload leaves no object behind: the rollback unlinks it), they are in the
/// service's own backup, and there is no second store to run, secure and reconcile; 125 MB per dispute or referral at
/// most is well within them. An S3-compatible store would be another implementation of <see cref="IAttachmentStore"/>: a multipart
/// upload per file, the content-addressed key sha256, a row column naming that key in place of the oid, and a bucket
/// lifecycle rule removing objects no committed row points at (an upload that wrote its object, then rolled back).
/// </summary>
public sealed class LargeObjectStore(DbContext db) : IAttachmentStore
{
    /// <summary>One lowrite or loread per 64 KB: big enough for few round trips, small enough to stay off the large-object heap.</summary>
    public const int ChunkSize = 64 * 1024;

    private const int InvWrite = 0x20000;
    private const int InvRead = 0x40000;

    public async Task<StoredContent?> WriteAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var connection = Connection();
        var oid = (uint)(await ScalarAsync(connection, "SELECT lo_create(0)", cancellationToken))!;
        var fd = await OpenAsync(connection, oid, InvWrite, cancellationToken);
        await using var write = Command(connection, "SELECT lowrite(@fd, @data)");
        write.Parameters.Add(new NpgsqlParameter<int>("fd", fd));
        var data = new NpgsqlParameter<ReadOnlyMemory<byte>>("data", NpgsqlDbType.Bytea);
        write.Parameters.Add(data);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long size = 0;
            while (await FillAsync(content, buffer.AsMemory(0, ChunkSize), cancellationToken) is var filled and > 0)
            {
                size += filled;
                if (size > maxBytes)
                {
                    return null;
                }

                hash.AppendData(buffer, 0, filled);
                data.TypedValue = buffer.AsMemory(0, filled);
                await write.ExecuteNonQueryAsync(cancellationToken);
            }

            // The descriptor closes with the transaction, as every one this store opens.
            return new StoredContent(oid, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task<Stream> OpenReadAsync(uint oid, long size, CancellationToken cancellationToken)
    {
        var connection = Connection();
        return new LargeObjectStream(connection, await OpenAsync(connection, oid, InvRead, cancellationToken), size);
    }

    public async Task DeleteAsync(uint oid, CancellationToken cancellationToken)
    {
        await using var unlink = Command(Connection(), "SELECT lo_unlink(@oid)");
        unlink.Parameters.Add(new NpgsqlParameter<uint>("oid", NpgsqlDbType.Oid) { TypedValue = oid });
        await unlink.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Large-object descriptors live only inside a transaction: the caller's, so the object commits with its row.</summary>
    private NpgsqlConnection Connection() => db.Database.CurrentTransaction is null
        ? throw new InvalidOperationException("Attachments are stored inside the request's transaction: begin one first.")
        : (NpgsqlConnection)db.Database.GetDbConnection();

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql) => new(sql, connection);

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task<int> OpenAsync(NpgsqlConnection connection, uint oid, int mode, CancellationToken cancellationToken)
    {
        await using var open = Command(connection, "SELECT lo_open(@oid, @mode)");
        open.Parameters.Add(new NpgsqlParameter<uint>("oid", NpgsqlDbType.Oid) { TypedValue = oid });
        open.Parameters.Add(new NpgsqlParameter<int>("mode", mode));
        return (int)(await open.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Reads until the buffer is full or the content ends: a multipart section hands out a few KB per read.</summary>
    private static async Task<int> FillAsync(Stream content, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < buffer.Length && await content.ReadAsync(buffer[filled..], cancellationToken) is var read and > 0)
        {
            filled += read;
        }

        return filled;
    }
}
