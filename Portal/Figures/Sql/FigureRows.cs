using System.Data.Common;
using Portal.Data.Entities;
using Portal.Domain.Figures;

namespace Portal.Figures.Sql;

/// <summary>What a batch of saves meets in the database: the closed months and the stored figures of its cells.</summary>
internal sealed record StoredCells(List<MonthClose> Closures, Dictionary<FigureCell, FigureRecord> Figures);

/// <summary>The stored rows that a save touches, read inside its transaction.</summary>
public static class FigureRows
{
    /// <summary>Above this many cells one scan of the year is cheaper than a lookup per cell.</summary>
    public const int ScanYearAbove = 2_000;

    /// <summary>
    /// The closures of the cells' months and the figures of the cells, in one round trip where the provider batches
    /// (PostgreSQL; SQLite is in the process anyway). Asynchronous for PostgreSQL's sake (ADR 021): SQLite's provider
    /// completes every call synchronously, and a row already received costs neither provider an allocation.
    /// </summary>
    /// <param name="lockWriters">
    /// Takes the writers' lock first, in the same round trip (PostgreSQL; SQLite's BEGIN IMMEDIATE holds it already):
    /// the first read of a write transaction does, so the rows read cannot change before it commits.
    /// </param>
    internal static Task<StoredCells> LoadAsync(DbConnection connection, DbTransaction tx, int library, int year, IReadOnlyList<FigureWrite> writes, bool lockWriters)
    {
        var sql = FigureSql.For(connection);
        var scan = writes.Count > ScanYearAbove;
        var locking = lockWriters && sql.LockWriters is not null;
        List<SqlStatement> statements = locking ? [new SqlStatement(sql.LockWriters!)] : [];
        statements.Add(scan
            ? new SqlStatement(sql.ClosuresByYear, ("@library", library), ("@year", year))
            : new SqlStatement(sql.ClosuresByMonth, ("@library", library), ("@year", year),
                ("@months", JsonRows.Of(writes.Select(w => (w.Division, w.Month)).Distinct(), (json, m) =>
                {
                    json.WriteStringValue(m.Division);
                    json.WriteNumberValue(m.Month);
                }))));
        statements.Add(scan
            ? new SqlStatement(sql.ByYear, ("@library", library), ("@year", year))
            : new SqlStatement(sql.ByCell, ("@library", library), ("@year", year), ("@cells", JsonRows.Of(writes, (json, w) => json.WriteCell(w.Cell)))));
        return SqlCommands.QueryAsync(connection, tx, statements, async reader =>
        {
            if (locking) await reader.NextResultAsync(); // past the lock's one empty row
            var closures = await ReadClosuresAsync(reader, library, year);
            await reader.NextResultAsync();
            return new StoredCells(closures, await ReadFiguresAsync(reader, library, year, writes.Count));
        });
    }

    private static async Task<List<MonthClose>> ReadClosuresAsync(DbDataReader reader, int library, int year)
    {
        var closures = new List<MonthClose>();
        while (await reader.ReadAsync())
            closures.Add(new MonthClose
            {
                Id = reader.GetInt64(0), LibraryId = library, Year = year, Division = reader.GetString(1), Month = reader.GetInt32(2), ClosedBy = reader.GetString(3),
                ClosedAt = Ticks(reader, 4)!.Value, Reason = reader.IsDBNull(5) ? null : reader.GetString(5), Missing = reader.GetInt32(6),
                ReviewedBy = reader.IsDBNull(7) ? null : reader.GetString(7), ReviewedAt = Ticks(reader, 8),
            });
        return closures;
    }

    private static async Task<Dictionary<FigureCell, FigureRecord>> ReadFiguresAsync(DbDataReader reader, int library, int year, int cells)
    {
        var rows = new Dictionary<FigureCell, FigureRecord>(Math.Min(cells, 100_000));
        while (await reader.ReadAsync())
        {
            var record = new FigureRecord
            {
                LibraryId = library, Year = year, Kpi = reader.GetString(0), Division = reader.GetString(1), Month = reader.GetInt32(2),
                Value = reader.GetDouble(3), Note = reader.IsDBNull(4) ? null : reader.GetString(4), Version = reader.GetInt32(5),
                UpdatedAt = Ticks(reader, 6)!.Value, UpdatedBy = reader.GetString(7),
            };
            rows[new FigureCell(record.Kpi, record.Division, record.Month)] = record;
        }
        return rows;
    }

    /// <summary>A time stored as UTC ticks (UtcTicks), or null.</summary>
    private static DateTimeOffset? Ticks(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : new DateTimeOffset(reader.GetInt64(column), TimeSpan.Zero);
}
