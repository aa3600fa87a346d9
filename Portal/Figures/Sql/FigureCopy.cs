using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Portal.Data.Entities;
using Portal.Domain.Figures;

namespace Portal.Figures.Sql;

/// <summary>
/// Large batches (imports) on PostgreSQL, in the same transaction as the rest of the batch: binary COPY instead of
/// one JSON parameter, whose 100,000 rows PostgreSQL spent about 0.1 s planning per statement and longer unpacking
/// (BENCHMARKS.md). The rows are copied into temporary staging tables (dropped at commit or rollback), and one
/// statement each moves them into the figures and the audit: PostgreSQL refuses COPY FROM into a table under
/// row-level security (ADR 039), and an INSERT … SELECT is checked by its policy like any other write. Each COPY
/// starts and completes asynchronously (ADR 021); its rows are written synchronously into Npgsql's buffer: a full
/// buffer is handed to the socket's send buffer, which seldom waits, and a WriteAsync per value would cost an async
/// call each.
/// </summary>
internal static class FigureCopy
{
    /// <summary>Above this many rows COPY beats the JSON statements; below, its extra round trips cost more.</summary>
    public const int Above = 1_000;

    public static bool Applies(DbConnection connection, int rows) => rows > Above && connection is NpgsqlConnection;

    private const string StageFigures = """
        DROP TABLE IF EXISTS pg_temp.figure_rows;
        CREATE TEMP TABLE figure_rows ("Created" boolean, "Kpi" text, "Division" text, "Month" integer,
            "Value" double precision, "Note" text, "Version" integer, "UpdatedBy" text) ON COMMIT DROP
        """;

    private const string MoveFigures = """
        ANALYZE figure_rows;
        INSERT INTO "Figures" ("LibraryId", "Year", "Kpi", "Division", "Month", "Value", "Note", "Version", "UpdatedAt", "UpdatedBy")
        SELECT @library, @year, s."Kpi", s."Division", s."Month", s."Value", s."Note", s."Version", @at, s."UpdatedBy"
        FROM figure_rows AS s WHERE s."Created";
        UPDATE "Figures" AS f SET "Value" = s."Value", "Note" = s."Note", "Version" = s."Version", "UpdatedAt" = @at, "UpdatedBy" = s."UpdatedBy"
        FROM figure_rows AS s
        WHERE NOT s."Created" AND f."LibraryId" = @library AND f."Year" = @year
            AND f."Kpi" = s."Kpi" AND f."Division" = s."Division" AND f."Month" = s."Month"
        """;

    private const string StageAudit = """
        DROP TABLE IF EXISTS pg_temp.audit_rows;
        CREATE TEMP TABLE audit_rows ("Order" integer, "Kpi" text, "Division" text, "Month" integer, "Action" text,
            "OldValue" double precision, "NewValue" double precision, "Note" text, "By" text) ON COMMIT DROP
        """;

    private const string MoveAudit = """
        INSERT INTO "FigureAudit" ("LibraryId", "Year", "Kpi", "Division", "Month", "Action", "OldValue", "NewValue", "Note", "By", "At")
        SELECT @library, @year, s."Kpi", s."Division", s."Month", s."Action", s."OldValue", s."NewValue", s."Note", s."By", @at
        FROM audit_rows AS s ORDER BY s."Order"
        """;

    /// <summary>
    /// Writes the figures as staged and returns how many rows were written. Cells the batch created are inserted
    /// (under the writers' lock nobody else can have created them; if one exists after all, the unique index refuses
    /// the insert and the whole batch rolls back); the others are updated, both from one staging table.
    /// </summary>
    public static async Task<int> WriteAsync(DbConnection connection, DbTransaction tx, int library, int year, DateTimeOffset at, IReadOnlyList<FigureRecord> figures,
        IReadOnlySet<FigureCell> created)
    {
        await using (var stage = SqlCommands.Create(connection, tx, StageFigures)) await stage.ExecuteNonQueryAsync();
        await using (var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync("""COPY figure_rows FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var f in figures)
            {
                copy.StartRow();
                copy.Write(created.Contains(new FigureCell(f.Kpi, f.Division, f.Month)), NpgsqlDbType.Boolean);
                copy.Write(f.Kpi, NpgsqlDbType.Varchar);
                copy.Write(f.Division, NpgsqlDbType.Varchar);
                copy.Write(f.Month, NpgsqlDbType.Integer);
                copy.Write(f.Value, NpgsqlDbType.Double);
                WriteTextOrNull(copy, f.Note);
                copy.Write(f.Version, NpgsqlDbType.Integer);
                copy.Write(f.UpdatedBy, NpgsqlDbType.Varchar);
            }
            await copy.CompleteAsync();
        }
        await using var move = SqlCommands.Create(connection, tx, MoveFigures, ("@library", library), ("@year", year), ("@at", at.UtcTicks));
        return await move.ExecuteNonQueryAsync(); // the rows inserted and updated
    }

    /// <summary>One audit record per staged change, in the order staged (their ids follow it).</summary>
    public static async Task AuditAsync(DbConnection connection, DbTransaction tx, int library, int year, DateTimeOffset at, IReadOnlyList<StagedChange> staged)
    {
        await using (var stage = SqlCommands.Create(connection, tx, StageAudit)) await stage.ExecuteNonQueryAsync();
        await using (var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync("""COPY audit_rows FROM STDIN (FORMAT BINARY)"""))
        {
            var order = 0;
            foreach (var s in staged)
            {
                copy.StartRow();
                copy.Write(order++, NpgsqlDbType.Integer);
                copy.Write(s.Write.Kpi, NpgsqlDbType.Varchar);
                copy.Write(s.Write.Division, NpgsqlDbType.Varchar);
                copy.Write(s.Write.Month, NpgsqlDbType.Integer);
                copy.Write(s.Action.ToString(), NpgsqlDbType.Varchar);
                WriteDoubleOrNull(copy, s.Change.Previous);
                WriteDoubleOrNull(copy, s.Change.Value);
                WriteTextOrNull(copy, s.Write.Note);
                copy.Write(s.Change.By, NpgsqlDbType.Varchar);
            }
            await copy.CompleteAsync();
        }
        await using var move = SqlCommands.Create(connection, tx, MoveAudit, ("@library", library), ("@year", year), ("@at", at.UtcTicks));
        await move.ExecuteNonQueryAsync();
    }

    private static void WriteTextOrNull(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Varchar);
    }

    private static void WriteDoubleOrNull(NpgsqlBinaryImporter copy, double? value)
    {
        if (value is { } v) copy.Write(v, NpgsqlDbType.Double);
        else copy.WriteNull();
    }
}
