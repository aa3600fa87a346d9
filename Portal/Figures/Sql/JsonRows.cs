using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Domain.Figures;

namespace Portal.Figures.Sql;

/// <summary>
/// Rows handed to the database as one JSON text parameter and read back with json_each (SQLite) or
/// jsonb_array_elements (PostgreSQL): one statement for one row or a hundred thousand, and the database's own parser
/// does the per-row work (see ADR 009, ADR 017). Numbers are written in their shortest round-trip form, which both
/// read back to the same double.
/// </summary>
internal static class JsonRows
{
    // Chinese notes stay as UTF-8 rather than \u escapes: a third of the size, and both decode either.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of<T>(IEnumerable<T> rows, Action<Utf8JsonWriter, T> writeRow)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartArray();
                writeRow(json, row);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void WriteCell(this Utf8JsonWriter json, FigureCell cell)
    {
        json.WriteStringValue(cell.Kpi);
        json.WriteStringValue(cell.Division);
        json.WriteNumberValue(cell.Month);
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter json, double? value)
    {
        if (value is { } v) json.WriteNumberValue(v);
        else json.WriteNullValue();
    }

    public static void WriteStringOrNull(this Utf8JsonWriter json, string? value)
    {
        if (value is null) json.WriteNullValue();
        else json.WriteStringValue(value);
    }
}
