using Npgsql;

namespace Platform.Attachments;

/// <summary>
/// A read-only, seekable view of an open large object: loread for each read, lo_lseek64 only when the position moved
/// (a ZIP's central directory is read from the end). No state to release: PostgreSQL closes the descriptor with the transaction.
/// </summary>
public sealed class LargeObjectStream(NpgsqlConnection connection, int fd, long length) : Stream
{
    private long position;
    private long serverPosition;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => length + offset,
    };

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Wanted(buffer.Length) is not (> 0 and var wanted))
        {
            return 0;
        }

        using var read = ReadCommand(wanted);
        return Copied((byte[])read.ExecuteScalar()!, buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Wanted(buffer.Length) is not (> 0 and var wanted))
        {
            return 0;
        }

        await using var read = ReadCommand(wanted);
        return Copied((byte[])(await read.ExecuteScalarAsync(cancellationToken))!, buffer.Span);
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Wanted(int room) => (int)Math.Min(Math.Min(room, LargeObjectStore.ChunkSize), Math.Max(0, length - position));

    /// <summary>One statement: a seek when the position moved since the last read, then the read.</summary>
    private NpgsqlCommand ReadCommand(int wanted)
    {
        var command = new NpgsqlCommand(position == serverPosition
            ? "SELECT loread(@fd, @wanted)"
            : "SELECT loread(@fd, @wanted) FROM (SELECT lo_lseek64(@fd, @position, 0)) AS seek", connection);
        command.Parameters.Add(new NpgsqlParameter<int>("fd", fd));
        command.Parameters.Add(new NpgsqlParameter<int>("wanted", wanted));
        command.Parameters.Add(new NpgsqlParameter<long>("position", position));
        return command;
    }

    private int Copied(byte[] chunk, Span<byte> buffer)
    {
        chunk.CopyTo(buffer);
        position += chunk.Length;
        serverPosition = position;
        return chunk.Length;
    }
}
