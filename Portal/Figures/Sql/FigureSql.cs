using System.Data.Common;
using Npgsql;

namespace Portal.Figures.Sql;

/// <summary>
/// The figure write path's statements in each provider's dialect (ADR 009, ADR 017). Both read their rows from one
/// JSON array parameter (<see cref="JsonRows"/>): SQLite with json_each, PostgreSQL with jsonb_array_elements WITH
/// ORDINALITY and explicit casts, so either writes a batch of any size in the same three statements. On PostgreSQL the
/// transaction first takes an advisory lock, which serialises writers across servers as SQLite's BEGIN IMMEDIATE does.
/// </summary>
internal sealed record FigureSql(string? LockWriters, string ClosuresByMonth, string ClosuresByYear, string ByCell, string ByYear,
    string Upsert, string Delete, string Audit)
{
    /// <summary>A closure's columns in the order <see cref="FigureRows"/> reads them.</summary>
    private const string ClosureColumns = """
        SELECT m."Id", m."Division", m."Month", m."ClosedBy", m."ClosedAt", m."Reason", m."Missing", m."ReviewedBy", m."ReviewedAt"
        """;

    private const string ClosuresByYearSql = ClosureColumns + """ FROM "MonthClosures" AS m WHERE m."LibraryId" = @library AND m."Year" = @year""";

    private const string Columns = """
        SELECT f."Kpi", f."Division", f."Month", f."Value", f."Note", f."Version", f."UpdatedAt", f."UpdatedBy"
        """;

    private const string ByYearSql = Columns + """ FROM "Figures" AS f WHERE f."LibraryId" = @library AND f."Year" = @year""";

    private const string UpsertConflict = """
        ON CONFLICT ("LibraryId", "Year", "Kpi", "Division", "Month") DO UPDATE SET
            "Value" = excluded."Value", "Note" = excluded."Note", "Version" = excluded."Version",
            "UpdatedAt" = excluded."UpdatedAt", "UpdatedBy" = excluded."UpdatedBy"
        """;

    private const string InsertFigures = """INSERT INTO "Figures" ("LibraryId", "Year", "Kpi", "Division", "Month", "Value", "Note", "Version", "UpdatedAt", "UpdatedBy")""";

    private const string InsertAudit = """INSERT INTO "FigureAudit" ("LibraryId", "Year", "Kpi", "Division", "Month", "Action", "OldValue", "NewValue", "Note", "By", "At")""";

    // CROSS JOIN keeps json_each as the outer loop, so each cell is one lookup in the unique index.
    public static readonly FigureSql Sqlite = new(
        LockWriters: null, // BEGIN IMMEDIATE already holds SQLite's one write lock
        ClosuresByMonth: ClosureColumns + """
            FROM json_each(@months) AS c CROSS JOIN "MonthClosures" AS m
            WHERE m."LibraryId" = @library AND m."Year" = @year AND m."Division" = c.value ->> 0 AND m."Month" = c.value ->> 1
            """,
        ClosuresByYear: ClosuresByYearSql,
        ByCell: Columns + """
            FROM json_each(@cells) AS c CROSS JOIN "Figures" AS f
            WHERE f."LibraryId" = @library AND f."Year" = @year AND f."Kpi" = c.value ->> 0 AND f."Division" = c.value ->> 1 AND f."Month" = c.value ->> 2
            """,
        ByYear: ByYearSql,
        Upsert: InsertFigures + """
            SELECT @library, @year, r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5, @at, r.value ->> 6
            FROM json_each(@rows) AS r WHERE true ORDER BY r.key
            """ + "\n" + UpsertConflict,
        Delete: """
            DELETE FROM "Figures" WHERE "LibraryId" = @library AND "Year" = @year AND ("Kpi", "Division", "Month") IN
                (SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2 FROM json_each(@rows) AS r)
            """,
        Audit: InsertAudit + """
            SELECT @library, @year, r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5, r.value ->> 6, r.value ->> 7, @at
            FROM json_each(@rows) AS r ORDER BY r.key
            """);

    /// <summary>The advisory lock's key: any constant the portal's writers agree on ("WPPF" in ASCII).</summary>
    private const long WriterLock = 0x57505046;

    public static readonly FigureSql Postgres = new(
        LockWriters: $"SELECT pg_advisory_xact_lock({WriterLock})",
        ClosuresByMonth: ClosureColumns + """
            FROM jsonb_array_elements(@months::jsonb) AS c(value) CROSS JOIN LATERAL (
                SELECT * FROM "MonthClosures" AS n
                WHERE n."LibraryId" = @library AND n."Year" = @year AND n."Division" = c.value ->> 0 AND n."Month" = (c.value ->> 1)::integer
                LIMIT 1) AS m
            """,
        ClosuresByYear: ClosuresByYearSql,
        // LATERAL … LIMIT 1 cannot be flattened into a join: one lookup in the unique index per cell, whatever the
        // statistics say. A plain join with jsonb_array_elements (100 rows to the planner, whatever the batch) became a
        // hash join over the whole year in a prepared (generic) plan: 1.6 ms of a single save at 4,000 figures.
        ByCell: Columns + """
            FROM jsonb_array_elements(@cells::jsonb) AS c(value) CROSS JOIN LATERAL (
                SELECT * FROM "Figures" AS g
                WHERE g."LibraryId" = @library AND g."Year" = @year AND g."Kpi" = c.value ->> 0 AND g."Division" = c.value ->> 1 AND g."Month" = (c.value ->> 2)::integer
                LIMIT 1) AS f
            """,
        ByYear: ByYearSql,
        Upsert: InsertFigures + """
            SELECT @library, @year, r.value ->> 0, r.value ->> 1, (r.value ->> 2)::integer, (r.value ->> 3)::double precision,
                r.value ->> 4, (r.value ->> 5)::integer, @at, r.value ->> 6
            FROM jsonb_array_elements(@rows::jsonb) WITH ORDINALITY AS r(value, key) ORDER BY r.key
            """ + "\n" + UpsertConflict,
        Delete: """
            DELETE FROM "Figures" WHERE "LibraryId" = @library AND "Year" = @year AND ("Kpi", "Division", "Month") IN
                (SELECT r.value ->> 0, r.value ->> 1, (r.value ->> 2)::integer FROM jsonb_array_elements(@rows::jsonb) AS r(value))
            """,
        Audit: InsertAudit + """
            SELECT @library, @year, r.value ->> 0, r.value ->> 1, (r.value ->> 2)::integer, r.value ->> 3, (r.value ->> 4)::double precision,
                (r.value ->> 5)::double precision, r.value ->> 6, r.value ->> 7, @at
            FROM jsonb_array_elements(@rows::jsonb) WITH ORDINALITY AS r(value, key) ORDER BY r.key
            """);

    public static FigureSql For(DbConnection connection) => connection is NpgsqlConnection ? Postgres : Sqlite;
}
