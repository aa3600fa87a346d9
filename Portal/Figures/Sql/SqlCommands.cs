using System.Data.Common;

namespace Portal.Figures.Sql;

/// <summary>Commands on the write transaction's connection, with their parameters by name.</summary>
internal static class SqlCommands
{
    public static DbCommand Create(DbConnection connection, DbTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }
}
