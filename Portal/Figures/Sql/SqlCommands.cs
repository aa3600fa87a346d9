using System.Data.Common;

namespace Portal.Figures.Sql;

/// <summary>A statement and its parameters by name, for <see cref="SqlCommands"/>.</summary>
internal readonly record struct SqlStatement(string Sql, params (string Name, object? Value)[] Parameters);

/// <summary>Commands on the write transaction's connection, with their parameters by name.</summary>
internal static class SqlCommands
{
    public static DbCommand Create(DbConnection connection, DbTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.Add(Parameter(cmd.CreateParameter(), name, value));
        return cmd;
    }

    /// <summary>
    /// The statements in one round trip where the provider batches (Npgsql), else one after another (SQLite, which is
    /// in the process anyway); returns each statement's rows affected, in order.
    /// </summary>
    public static int[] ExecuteAll(DbConnection connection, DbTransaction tx, IReadOnlyList<SqlStatement> statements)
    {
        if (statements.Count == 0) return [];
        if (!connection.CanCreateBatch)
            return [.. statements.Select(s =>
            {
                using var cmd = Create(connection, tx, s.Sql, s.Parameters);
                return cmd.ExecuteNonQuery();
            })];
        using var batch = Batch(connection, tx, statements);
        batch.ExecuteNonQuery();
        return [.. batch.BatchCommands.Select(c => c.RecordsAffected)];
    }

    /// <summary>A batch of the statements (only where <see cref="DbConnection.CanCreateBatch"/>).</summary>
    public static DbBatch Batch(DbConnection connection, DbTransaction tx, IEnumerable<SqlStatement> statements)
    {
        var batch = connection.CreateBatch();
        batch.Transaction = tx;
        foreach (var (sql, parameters) in statements)
        {
            var cmd = batch.CreateBatchCommand();
            cmd.CommandText = sql;
            foreach (var (name, value) in parameters) cmd.Parameters.Add(Parameter(cmd.CreateParameter(), name, value));
            batch.BatchCommands.Add(cmd);
        }
        return batch;
    }

    private static DbParameter Parameter(DbParameter p, string name, object? value)
    {
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        return p;
    }
}
