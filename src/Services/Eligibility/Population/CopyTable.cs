using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Platform.Eligibility.Population;

/// <summary>
/// PostgreSQL binary COPY of entities into their table, columns and value conversions taken from the EF model, so the
/// loader writes exactly what the service maps and follows its migrations without a second list of columns.
/// </summary>
public sealed class CopyTable<T>(IModel model, string? table = null) where T : class
{
    private readonly IEntityType entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");

    /// <summary>The table COPY writes to: the entity's own, or another with the same columns (a staging table).</summary>
    public string Table => Quote(table ?? entity.GetTableName()!);

    public async Task<ulong> WriteAsync(NpgsqlConnection connection, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        IProperty[] properties = [.. entity.GetProperties()];
        var columns = string.Join(", ", properties.Select(p => Quote(p.GetColumnName())));
        var converters = properties.Select(p => p.GetTypeMapping().Converter).ToArray();
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {Table} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            for (var i = 0; i < getters.Length; i++)
            {
                var value = getters[i].GetClrValueUsingContainingEntity(row);
                if (value is not null && converters[i] is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                await (value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, cancellationToken));
            }
        }

        return await writer.CompleteAsync(cancellationToken);
    }

    private static string Quote(string name) => $"\"{name}\"";
}
