using System.Data.Common;
using System.Text;
using Portal.Data.Entities;

namespace Portal.Figures.Bulk;

/// <summary>
/// The prepared statements of an import: upserts of figures (INSERT … ON CONFLICT, which SQLite and PostgreSQL both
/// understand) and their audit records, <see cref="Batch"/> rows per statement, since executing a statement costs far
/// more than one more row in it. Times are stored as UTC ticks and actions by name, as the EF configurations
/// (UtcTicks, FigureAuditConfiguration) store them.
/// </summary>
internal sealed class FigureUpsertCommands : IDisposable
{
    // Wider is not better: SQLite finds each named parameter by a linear scan, so binding grows with the square of
    // the width. 20–25 rows measured fastest (50 was half as fast).
    public const int Batch = 20;

    private const string Upsert = """
        INSERT INTO "Figures" ("Year", "Kpi", "Division", "Month", "Value", "Note", "Version", "UpdatedAt", "UpdatedBy") VALUES {0}
        ON CONFLICT ("Year", "Kpi", "Division", "Month") DO UPDATE SET
            "Value" = excluded."Value", "Note" = excluded."Note", "Version" = "Figures"."Version" + 1,
            "UpdatedAt" = excluded."UpdatedAt", "UpdatedBy" = excluded."UpdatedBy"
        """;
    private const string UpsertRow = "(@year, @kpi{0}, @division{0}, @month{0}, @value{0}, @note{0}, 1, @at, @by)";
    private const string Audit = """INSERT INTO "FigureAudit" ("Year", "Kpi", "Division", "Month", "Action", "OldValue", "NewValue", "Note", "By", "At") VALUES {0}""";
    private const string AuditRow = "(@year, @kpi{0}, @division{0}, @month{0}, @action{0}, @old{0}, @value{0}, @note{0}, @by, @at)";

    private readonly DbCommand[] _batch, _single;
    private readonly List<(FigureWrite Write, double Value, AuditAction Action, double? Old)> _pending = new(Batch);

    public FigureUpsertCommands(DbConnection connection, DbTransaction tx, int year, string by, DateTimeOffset at)
    {
        DbCommand[] Commands(int rows) =>
        [
            PreparedStatement.Create(connection, tx, Sql(Upsert, UpsertRow, rows), rows, ["kpi", "division", "month", "value", "note"], year, by, at),
            PreparedStatement.Create(connection, tx, Sql(Audit, AuditRow, rows), rows, ["kpi", "division", "month", "action", "old", "value", "note"], year, by, at),
        ];
        (_batch, _single) = (Commands(Batch), Commands(1));
    }

    /// <summary>Stages a created or changed figure and its audit record; written once a batch is full or on Flush.</summary>
    public void Add(FigureWrite w, double value, AuditAction action, double? old)
    {
        _pending.Add((w, value, action, old));
        if (_pending.Count == Batch) Flush();
    }

    public void Flush()
    {
        if (_pending.Count == Batch) Write(_batch, _pending);
        else foreach (var row in _pending) Write(_single, [row]);
        _pending.Clear();
    }

    private static void Write(DbCommand[] commands, List<(FigureWrite Write, double Value, AuditAction Action, double? Old)> rows)
    {
        PreparedStatement.Execute(commands[0], rows.Select(r => new object?[] { r.Write.Kpi, r.Write.Division, r.Write.Month, r.Value, r.Write.Note }));
        PreparedStatement.Execute(commands[1], rows.Select(r => new object?[] { r.Write.Kpi, r.Write.Division, r.Write.Month, r.Action.ToString(), r.Old, r.Value, r.Write.Note }));
    }

    private static string Sql(string statement, string row, int rows) =>
        string.Format(statement, string.Join(", ", Enumerable.Range(0, rows).Select(r => string.Format(row, r))));

    public void Dispose()
    {
        foreach (var cmd in _batch.Concat(_single)) cmd.Dispose();
    }
}
