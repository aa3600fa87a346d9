using System.Data.Common;

namespace Portal.Figures.Bulk;

/// <summary>A multi-row statement whose parameters are set by position: row r's fields first, then the shared ones.</summary>
internal static class PreparedStatement
{
    public static DbCommand Create(DbConnection connection, DbTransaction tx, string sql, int rows, string[] fields, int year, string by, DateTimeOffset at)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        for (var r = 0; r < rows; r++)
            foreach (var field in fields) cmd.Parameters.Add(Parameter(cmd, $"@{field}{r}"));
        cmd.Parameters.Add(Parameter(cmd, "@year", year));
        cmd.Parameters.Add(Parameter(cmd, "@by", by));
        cmd.Parameters.Add(Parameter(cmd, "@at", at.UtcTicks));
        cmd.Prepare();
        return cmd;
    }

    // Synchronous on purpose: SQLite's provider runs every call synchronously; the async overloads would only add
    // allocations to a loop of thousands of statements.
    public static void Execute(DbCommand cmd, IEnumerable<object?[]> rows)
    {
        var i = 0;
        foreach (var row in rows)
            foreach (var value in row) cmd.Parameters[i++].Value = value ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }

    public static DbParameter Parameter(DbCommand cmd, string name, object? value = null)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        return p;
    }
}
