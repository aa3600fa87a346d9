using System.Data.Common;
using Portal.Data.Entities;

namespace Portal.Figures.Sql;

/// <summary>The stored figures that a save touches, read inside its transaction.</summary>
public static class FigureRows
{
    /// <summary>Above this many cells one scan of the year is cheaper than a lookup per cell.</summary>
    public const int ScanYearAbove = 2_000;

    /// <summary>
    /// By cell. Synchronous on purpose: SQLite's provider does every call synchronously, and the async overloads
    /// would only add an allocation per row to an import's hundred thousand (on PostgreSQL too, one round trip).
    /// </summary>
    internal static Dictionary<(string Kpi, string Division, int Month), FigureRecord> Load(
        DbConnection connection, DbTransaction tx, int year, IReadOnlyList<FigureWrite> writes)
    {
        var sql = FigureSql.For(connection);
        using var cmd = writes.Count > ScanYearAbove
            ? SqlCommands.Create(connection, tx, sql.ByYear, ("@year", year))
            : SqlCommands.Create(connection, tx, sql.ByCell, ("@year", year),
                ("@cells", JsonRows.Of(writes, (json, w) => json.WriteCell(w.Kpi, w.Division, w.Month))));
        var rows = new Dictionary<(string, string, int), FigureRecord>(Math.Min(writes.Count, 100_000));
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var record = new FigureRecord
            {
                Year = year, Kpi = reader.GetString(0), Division = reader.GetString(1), Month = reader.GetInt32(2),
                Value = reader.GetDouble(3), Note = reader.IsDBNull(4) ? null : reader.GetString(4), Version = reader.GetInt32(5),
                UpdatedAt = new DateTimeOffset(reader.GetInt64(6), TimeSpan.Zero), UpdatedBy = reader.GetString(7),
            };
            rows[(record.Kpi, record.Division, record.Month)] = record;
        }
        return rows;
    }
}
