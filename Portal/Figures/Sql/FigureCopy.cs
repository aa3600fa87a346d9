using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Portal.Data.Entities;
using Portal.Domain.Figures;

namespace Portal.Figures.Sql;

/// <summary>
/// Large batches (imports) on PostgreSQL, in the same transaction as the rest of the batch: binary COPY instead of
/// one JSON parameter, whose 100,000 rows PostgreSQL spent about 0.1 s planning per statement and longer unpacking
/// (BENCHMARKS.md). New figures and the audit records go straight into their tables, changed figures through a
/// temporary staging table (dropped at commit or rollback) into one UPDATE. Each COPY starts and completes
/// asynchronously (ADR 021); its rows are written synchronously into Npgsql's buffer: a full buffer is handed to the
/// socket's send buffer, which seldom waits, and a WriteAsync per value would cost an async call each.
/// </summary>
internal static class FigureCopy
{
    /// <summary>Above this many rows COPY beats the JSON statements; below, its extra round trips cost more.</summary>
    public const int Above = 1_000;

    public static bool Applies(DbConnection connection, int rows) => rows > Above && connection is NpgsqlConnection;

    private const string Stage = """
        DROP TABLE IF EXISTS pg_temp.figure_updates;
        CREATE TEMP TABLE figure_updates ("Kpi" text, "Division" text, "Month" integer,
            "Value" double precision, "Note" text, "Version" integer, "UpdatedBy" text) ON COMMIT DROP
        """;

    private const string UpdateFromStage = """
        ANALYZE figure_updates;
        UPDATE "Figures" AS f SET "Value" = s."Value", "Note" = s."Note", "Version" = s."Version", "UpdatedAt" = @at, "UpdatedBy" = s."UpdatedBy"
        FROM figure_updates AS s
        WHERE f."Year" = @year AND f."Kpi" = s."Kpi" AND f."Division" = s."Division" AND f."Month" = s."Month"
        """;

    /// <summary>
    /// Writes the figures as staged and returns how many rows were written. Cells the batch created are copied
    /// straight into the table (under the writers' lock nobody else can have created them; if one exists after
    /// all, the unique index refuses the COPY and the whole batch rolls back); the others are updated from a
    /// staging table in one statement.
    /// </summary>
    public static async Task<int> WriteAsync(DbConnection connection, DbTransaction tx, int year, DateTimeOffset at, IReadOnlyList<FigureRecord> figures,
        IReadOnlySet<FigureCell> created)
    {
        var npgsql = (NpgsqlConnection)connection;
        var byCreation = figures.ToLookup(f => created.Contains(new FigureCell(f.Kpi, f.Division, f.Month)));
        var (inserts, updates) = (byCreation[true].ToList(), byCreation[false].ToList());
        var written = 0;
        if (inserts.Count > 0)
        {
            await using var copy = await npgsql.BeginBinaryImportAsync(
                """COPY "Figures" ("Year", "Kpi", "Division", "Month", "Value", "Note", "Version", "UpdatedAt", "UpdatedBy") FROM STDIN (FORMAT BINARY)""");
            foreach (var f in inserts)
            {
                copy.StartRow();
                copy.Write(year, NpgsqlDbType.Integer);
                WriteFigure(copy, f);
                copy.Write(at.UtcTicks, NpgsqlDbType.Bigint);
                copy.Write(f.UpdatedBy, NpgsqlDbType.Varchar);
            }
            written += (int)await copy.CompleteAsync();
        }
        if (updates.Count > 0)
        {
            await using (var stage = SqlCommands.Create(connection, tx, Stage)) await stage.ExecuteNonQueryAsync();
            await using (var copy = await npgsql.BeginBinaryImportAsync("""COPY figure_updates FROM STDIN (FORMAT BINARY)"""))
            {
                foreach (var f in updates)
                {
                    copy.StartRow();
                    WriteFigure(copy, f);
                    copy.Write(f.UpdatedBy, NpgsqlDbType.Varchar);
                }
                await copy.CompleteAsync();
            }
            await using var update = SqlCommands.Create(connection, tx, UpdateFromStage, ("@year", year), ("@at", at.UtcTicks));
            written += await update.ExecuteNonQueryAsync();
        }
        return written;
    }

    /// <summary>Kpi, Division, Month, Value, Note and Version: the columns the figure COPYs share.</summary>
    private static void WriteFigure(NpgsqlBinaryImporter copy, FigureRecord f)
    {
        copy.Write(f.Kpi, NpgsqlDbType.Varchar);
        copy.Write(f.Division, NpgsqlDbType.Varchar);
        copy.Write(f.Month, NpgsqlDbType.Integer);
        copy.Write(f.Value, NpgsqlDbType.Double);
        WriteTextOrNull(copy, f.Note);
        copy.Write(f.Version, NpgsqlDbType.Integer);
    }

    /// <summary>One audit record per staged change, in the order staged (their ids follow it).</summary>
    public static async Task AuditAsync(DbConnection connection, int year, DateTimeOffset at, IReadOnlyList<StagedChange> staged)
    {
        await using var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
            """COPY "FigureAudit" ("Year", "Kpi", "Division", "Month", "Action", "OldValue", "NewValue", "Note", "By", "At") FROM STDIN (FORMAT BINARY)""");
        foreach (var s in staged)
        {
            copy.StartRow();
            copy.Write(year, NpgsqlDbType.Integer);
            copy.Write(s.Write.Kpi, NpgsqlDbType.Varchar);
            copy.Write(s.Write.Division, NpgsqlDbType.Varchar);
            copy.Write(s.Write.Month, NpgsqlDbType.Integer);
            copy.Write(s.Action.ToString(), NpgsqlDbType.Varchar);
            WriteDoubleOrNull(copy, s.Change.Previous);
            WriteDoubleOrNull(copy, s.Change.Value);
            WriteTextOrNull(copy, s.Write.Note);
            copy.Write(s.Change.By, NpgsqlDbType.Varchar);
            copy.Write(at.UtcTicks, NpgsqlDbType.Bigint);
        }
        await copy.CompleteAsync();
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
