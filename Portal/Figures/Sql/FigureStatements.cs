using System.Data.Common;
using Portal.Data.Entities;
using Portal.Domain.Figures;

namespace Portal.Figures.Sql;

/// <summary>
/// Writes a staged batch with three statements at most, whatever its size, in one round trip on PostgreSQL: each
/// touched cell brought to its final state (upserted with the value, note and version <see cref="FigureBatch"/>
/// decided, or deleted), and one audit record per change in the order staged (ORDER BY the row's index: within one
/// time, the audit's ids are its order). Times are UTC ticks and actions their names, as the EF configurations
/// (UtcTicks, FigureAuditConfiguration) store them. The SQL for each provider: <see cref="FigureSql"/>; large
/// batches on PostgreSQL go through binary COPY instead (<see cref="FigureCopy"/>).
/// </summary>
internal static class FigureStatements
{
    /// <param name="stored">The figures as the batch leaves them (see <see cref="FigureBatch.Stage"/>).</param>
    public static async Task WriteAsync(DbConnection connection, DbTransaction tx, int library, int year, DateTimeOffset at, IReadOnlyList<StagedChange> staged,
        IReadOnlyDictionary<FigureCell, FigureRecord> stored)
    {
        if (staged.Count == 0) return;
        var sql = FigureSql.For(connection);
        var touched = staged.Select(s => s.Write.Cell).Distinct().ToList();
        var upserts = touched.Where(stored.ContainsKey).Select(c => stored[c]).ToList();
        var deletes = touched.Where(c => !stored.ContainsKey(c)).ToList();
        var statements = new List<SqlStatement>();
        var (written, upsert) = (0, (int?)null);
        if (FigureCopy.Applies(connection, upserts.Count)) written = await FigureCopy.WriteAsync(connection, tx, library, year, at, upserts, Created(staged));
        else if (upserts.Count > 0)
        {
            upsert = statements.Count;
            Add(sql.Upsert, upserts, (json, f) =>
            {
                json.WriteCell(new FigureCell(f.Kpi, f.Division, f.Month));
                json.WriteNumberValue(f.Value);
                json.WriteStringOrNull(f.Note);
                json.WriteNumberValue(f.Version);
                json.WriteStringValue(f.UpdatedBy);
            });
        }
        if (deletes.Count > 0) Add(sql.Delete, deletes, (json, c) => json.WriteCell(c));
        if (FigureCopy.Applies(connection, staged.Count)) await FigureCopy.AuditAsync(connection, tx, library, year, at, staged);
        else
            Add(sql.Audit, staged, (json, s) =>
            {
                json.WriteCell(s.Write.Cell);
                json.WriteStringValue(s.Action.ToString());
                json.WriteNumberOrNull(s.Change.Previous);
                json.WriteNumberOrNull(s.Change.Value);
                json.WriteStringOrNull(s.Write.Note);
                json.WriteStringValue(s.Change.By);
            });
        var affected = await SqlCommands.ExecuteAllAsync(connection, tx, statements);
        if (upsert is { } i) written = affected[i];
        if (written != upserts.Count)
            throw new InvalidOperationException($"Expected to write {upserts.Count} figures of {year} but wrote {written}: the batch is rolled back.");

        static HashSet<FigureCell> Created(IReadOnlyList<StagedChange> staged) => staged
            .GroupBy(s => s.Write.Cell).Where(g => g.First().Action == AuditAction.Create).Select(g => g.Key).ToHashSet();

        void Add<T>(string statement, IReadOnlyList<T> rows, Action<System.Text.Json.Utf8JsonWriter, T> writeRow) =>
            statements.Add(new SqlStatement(statement, ("@library", library), ("@year", year), ("@at", at.UtcTicks), ("@rows", JsonRows.Of(rows, writeRow))));
    }
}
