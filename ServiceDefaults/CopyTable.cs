using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Platform.ServiceDefaults;

/// <summary>
/// PostgreSQL binary COPY of entities into their table, columns and value conversions taken from the EF model, so a
/// loader writes exactly what the service maps and follows its migrations without a second list of columns. Owned
/// types mapped to a JSON column are written as EF writes them (property names, provider values); the row version
/// (xmin) is the server's to set.
/// </summary>
public sealed class CopyTable<T>(IModel model, string? table = null) where T : class
{
    private readonly IEntityType entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");

    /// <summary>The table COPY writes to: the entity's own, or another with the same columns (a staging table).</summary>
    public string Table => Quote(table ?? entity.GetTableName()!);

    public async Task<ulong> WriteAsync(NpgsqlConnection connection, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        IProperty[] properties = [.. entity.GetProperties().Where(p => !(p.IsConcurrencyToken && p.ValueGenerated == ValueGenerated.OnAddOrUpdate))];
        INavigation[] documents = [.. entity.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson())];
        var columns = string.Join(", ", properties.Select(p => p.GetColumnName()).Concat(documents.Select(n => n.TargetEntityType.GetContainerColumnName()!)).Select(Quote));
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

            foreach (var document in documents)
            {
                var value = document.GetGetter().GetClrValueUsingContainingEntity(row);
                await (value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(Json(document, value), NpgsqlDbType.Jsonb, cancellationToken));
            }
        }

        return await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// Writes the rows the table lacks (by its <paramref name="key"/> column) through a staging table dropped at the
    /// commit, leaving rows already present as they are: a seed's copies never overwrite what messages brought.
    /// Runs inside the caller's transaction.
    /// </summary>
    public async Task<int> InsertNewAsync(NpgsqlConnection connection, IEnumerable<T> rows, string key, CancellationToken cancellationToken)
    {
        var staging = new CopyTable<T>(model, $"seed_{typeof(T).Name.ToLowerInvariant()}");
        await using (var create = new NpgsqlCommand($"CREATE TEMP TABLE {staging.Table} (LIKE {Table}) ON COMMIT DROP", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await staging.WriteAsync(connection, rows, cancellationToken);
        await using var insert = new NpgsqlCommand($"INSERT INTO {Table} SELECT * FROM {staging.Table} ON CONFLICT ({Quote(key)}) DO NOTHING", connection);
        return await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>An owned value or collection as its JSON column holds it: the owned type's own properties, not its keys.</summary>
    private static string Json(INavigation document, object value)
    {
        IProperty[] properties = [.. document.TargetEntityType.GetProperties().Where(p => !p.IsShadowProperty())];
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            if (document.IsCollection)
            {
                json.WriteStartArray();
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    WriteObject(json, properties, item);
                }

                json.WriteEndArray();
            }
            else
            {
                WriteObject(json, properties, value);
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteObject(Utf8JsonWriter json, IProperty[] properties, object item)
    {
        json.WriteStartObject();
        foreach (var property in properties)
        {
            var value = property.GetGetter().GetClrValueUsingContainingEntity(item);
            if (value is not null && property.GetTypeMapping().Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            json.WritePropertyName(property.GetJsonPropertyName() ?? property.Name);
            switch (value)
            {
                case null: json.WriteNullValue(); break;
                case string text: json.WriteStringValue(text); break;
                case decimal number: json.WriteNumberValue(number); break;
                case int number: json.WriteNumberValue(number); break;
                case long number: json.WriteNumberValue(number); break;
                case bool flag: json.WriteBooleanValue(flag); break;
                case DateOnly day: json.WriteStringValue(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); break;
                case Enum kind: json.WriteNumberValue(Convert.ToInt64(kind, System.Globalization.CultureInfo.InvariantCulture)); break;
                default: throw new NotSupportedException($"{typeof(T).Name}.{property.Name}: {value.GetType().Name} is not written to JSON by COPY.");
            }
        }

        json.WriteEndObject();
    }

    private static string Quote(string name) => $"\"{name}\"";
}
