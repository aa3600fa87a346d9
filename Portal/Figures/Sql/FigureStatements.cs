using System.Data.Common;
using Portal.Data.Entities;

namespace Portal.Figures.Sql;

/// <summary>
/// Writes a staged batch: upserts, deletes and one audit record per change, three statements at most whatever the
/// batch's size. Times are UTC ticks and actions their names, as the EF configurations (UtcTicks,
/// FigureAuditConfiguration) store them; versions go up by one, as <see cref="FigureBatch"/> expects.
/// </summary>
internal static class FigureStatements
{
    private const string Upsert = """
        INSERT INTO "Figures" ("Year", "Kpi", "Division", "Month", "Value", "Note", "Version", "UpdatedAt", "UpdatedBy")
        SELECT @year, r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, 1, @at, @by
        FROM json_each(@rows) AS r WHERE true
        ON CONFLICT ("Year", "Kpi", "Division", "Month") DO UPDATE SET
            "Value" = excluded."Value", "Note" = excluded."Note", "Version" = "Figures"."Version" + 1,
            "UpdatedAt" = excluded."UpdatedAt", "UpdatedBy" = excluded."UpdatedBy"
        """;

    private const string Delete = """
        DELETE FROM "Figures" WHERE "Year" = @year AND ("Kpi", "Division", "Month") IN
            (SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2 FROM json_each(@rows) AS r)
        """;

    private const string Audit = """
        INSERT INTO "FigureAudit" ("Year", "Kpi", "Division", "Month", "Action", "OldValue", "NewValue", "Note", "By", "At")
        SELECT @year, r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5, r.value ->> 6, @by, @at
        FROM json_each(@rows) AS r
        """;

    public static void Write(DbConnection connection, DbTransaction tx, int year, string by, DateTimeOffset at, IReadOnlyList<StagedChange> staged)
    {
        if (staged.Count == 0) return;
        var upserts = staged.Where(s => s.Action != AuditAction.Delete).ToList();
        var deletes = staged.Where(s => s.Action == AuditAction.Delete).ToList();
        if (upserts.Count > 0)
            Execute(Upsert, upserts, (json, s) =>
            {
                json.WriteCell(s.Write.Kpi, s.Write.Division, s.Write.Month);
                json.WriteNumberValue(s.Change.Value!.Value);
                json.WriteStringOrNull(s.Write.Note);
            });
        if (deletes.Count > 0)
            Execute(Delete, deletes, (json, s) => json.WriteCell(s.Write.Kpi, s.Write.Division, s.Write.Month));
        Execute(Audit, staged, (json, s) =>
        {
            json.WriteCell(s.Write.Kpi, s.Write.Division, s.Write.Month);
            json.WriteStringValue(s.Action.ToString());
            json.WriteNumberOrNull(s.Change.Previous);
            json.WriteNumberOrNull(s.Change.Value);
            json.WriteStringOrNull(s.Write.Note);
        });

        void Execute(string sql, IReadOnlyList<StagedChange> rows, Action<System.Text.Json.Utf8JsonWriter, StagedChange> writeRow)
        {
            using var cmd = SqlCommands.Create(connection, tx, sql,
                ("@year", year), ("@by", by), ("@at", at.UtcTicks), ("@rows", JsonRows.Of(rows, writeRow)));
            var written = cmd.ExecuteNonQuery();
            if (written != rows.Count)
                throw new InvalidOperationException($"Expected to write {rows.Count} rows of {year} but wrote {written}: the batch is rolled back.");
        }
    }
}
