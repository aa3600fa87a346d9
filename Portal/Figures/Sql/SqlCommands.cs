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
    /// in the process anyway); returns each statement's rows affected, in order. Asynchronous because on PostgreSQL
    /// the caller waits for the network: a thread blocked there is one fewer for the requests (ADR 021).
    /// </summary>
    public static async Task<int[]> ExecuteAllAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<SqlStatement> statements)
    {
        if (statements.Count == 0) return [];
        if (!connection.CanCreateBatch)
        {
            var affected = new int[statements.Count];
            for (var i = 0; i < statements.Count; i++)
            {
                await using var cmd = Create(connection, tx, statements[i].Sql, statements[i].Parameters);
                affected[i] = await cmd.ExecuteNonQueryAsync(CancellationToken.None);
            }
            return affected;
        }
        await using var batch = Batch(connection, tx, statements);
        await batch.ExecuteNonQueryAsync(CancellationToken.None);
        return [.. batch.BatchCommands.Select(c => c.RecordsAffected)];
    }

    /// <summary>
    /// Reads the queries' rows as one reader's results in turn (NextResult): one round trip where the provider batches
    /// (Npgsql), else one command holding the statements, whose parameters they share by name (SQLite).
    /// </summary>
    public static async Task<T> QueryAsync<T>(DbConnection connection, DbTransaction tx, IReadOnlyList<SqlStatement> statements, Func<DbDataReader, Task<T>> read)
    {
        if (connection.CanCreateBatch)
        {
            await using var batch = Batch(connection, tx, statements);
            await using var reader = await batch.ExecuteReaderAsync(CancellationToken.None);
            return await read(reader);
        }
        var parameters = statements.SelectMany(s => s.Parameters).DistinctBy(p => p.Name).ToArray();
        await using var cmd = Create(connection, tx, string.Join(";\n", statements.Select(s => s.Sql)), parameters);
        await using var rows = await cmd.ExecuteReaderAsync(CancellationToken.None);
        return await read(rows);
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
