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
    /// <param name="lockWriters">
    /// Takes the writers' lock first, in the same round trip (PostgreSQL; SQLite's BEGIN IMMEDIATE holds it already):
    /// the first read of a write transaction does, so the rows read cannot change before it commits.
    /// </param>
    internal static Dictionary<(string Kpi, string Division, int Month), FigureRecord> Load(
        DbConnection connection, DbTransaction tx, int year, IReadOnlyList<FigureWrite> writes, bool lockWriters)
    {
        var sql = FigureSql.For(connection);
        var query = writes.Count > ScanYearAbove
            ? new SqlStatement(sql.ByYear, ("@year", year))
            : new SqlStatement(sql.ByCell, ("@year", year), ("@cells", JsonRows.Of(writes, (json, w) => json.WriteCell(w.Kpi, w.Division, w.Month))));
        if (lockWriters && sql.LockWriters is { } locking)
        {
            using var batch = SqlCommands.Batch(connection, tx, [new SqlStatement(locking), query]);
            using var reader = batch.ExecuteReader();
            reader.NextResult(); // past the lock's one empty row
            return Read(reader, year, writes.Count);
        }
        using var cmd = SqlCommands.Create(connection, tx, query.Sql, query.Parameters);
        using var rows = cmd.ExecuteReader();
        return Read(rows, year, writes.Count);
    }

    private static Dictionary<(string Kpi, string Division, int Month), FigureRecord> Read(DbDataReader reader, int year, int cells)
    {
        var rows = new Dictionary<(string, string, int), FigureRecord>(Math.Min(cells, 100_000));
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
