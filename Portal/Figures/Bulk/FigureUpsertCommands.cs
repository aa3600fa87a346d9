using System.Data.Common;
using Portal.Data.Entities;

namespace Portal.Figures.Bulk;

/// <summary>
/// The two prepared statements of an import: an upsert of the figure (INSERT … ON CONFLICT, which SQLite and
/// PostgreSQL both understand) and its audit record. Times are stored as UTC ticks and actions by name, as the EF
/// configurations (UtcTicks, FigureAuditConfiguration) store them.
/// </summary>
internal sealed class FigureUpsertCommands : IDisposable
{
    private const string UpsertSql = """
        INSERT INTO "Figures" ("Year", "Kpi", "Division", "Month", "Value", "Note", "Version", "UpdatedAt", "UpdatedBy")
        VALUES (@year, @kpi, @division, @month, @value, @note, 1, @at, @by)
        ON CONFLICT ("Year", "Kpi", "Division", "Month") DO UPDATE SET
            "Value" = excluded."Value", "Note" = excluded."Note", "Version" = "Figures"."Version" + 1,
            "UpdatedAt" = excluded."UpdatedAt", "UpdatedBy" = excluded."UpdatedBy"
        """;

    private const string AuditSql = """
        INSERT INTO "FigureAudit" ("Year", "Kpi", "Division", "Month", "Action", "OldValue", "NewValue", "Note", "By", "At")
        VALUES (@year, @kpi, @division, @month, @action, @old, @value, @note, @by, @at)
        """;

    private readonly DbCommand _upsert, _audit;

    public FigureUpsertCommands(DbConnection connection, DbTransaction tx, int year, string by, DateTimeOffset at)
    {
        _upsert = Prepare(connection, tx, UpsertSql, year, by, at, "@kpi", "@division", "@month", "@value", "@note");
        _audit = Prepare(connection, tx, AuditSql, year, by, at, "@kpi", "@division", "@month", "@action", "@old", "@value", "@note");
    }

    public void Upsert(FigureWrite w, double value) => Execute(_upsert, w.Kpi, w.Division, w.Month, value, w.Note);

    public void Audit(FigureWrite w, AuditAction action, double? old, double value) =>
        Execute(_audit, w.Kpi, w.Division, w.Month, action.ToString(), old, value, w.Note);

    public static DbParameter Parameter(DbCommand cmd, string name, object? value = null)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        return p;
    }

    // Synchronous on purpose: SQLite's provider runs every call synchronously, and the async overloads would only
    // add an allocation per row to a loop of a hundred thousand.
    private static void Execute(DbCommand cmd, params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction tx, string sql, int year, string by, DateTimeOffset at, params string[] perRow)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var name in perRow) cmd.Parameters.Add(Parameter(cmd, name));
        cmd.Parameters.Add(Parameter(cmd, "@year", year));
        cmd.Parameters.Add(Parameter(cmd, "@by", by));
        cmd.Parameters.Add(Parameter(cmd, "@at", at.UtcTicks));
        cmd.Prepare();
        return cmd;
    }

    public void Dispose()
    {
        _upsert.Dispose();
        _audit.Dispose();
    }
}
