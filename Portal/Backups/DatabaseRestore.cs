using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Data;

namespace Portal.Backups;

/// <summary>
/// `restore FILE`: checks that the file is a portal backup for this provider and not from a newer schema, that the
/// configured database is empty (or a SQLite file that does not exist yet), and copies it in: SQLite through the
/// online backup API, PostgreSQL through pg_restore. The caller then runs the migrations (ADR 029).
/// </summary>
public sealed class DatabaseRestore(DatabaseBackup backup, IServiceScopeFactory scopes, IOptions<BackupOptions> options)
{
    public async Task RestoreAsync(string file, CancellationToken ct = default)
    {
        if (!File.Exists(file)) throw new BackupFailure(BackupMessages.Text.Format("Restore.NoFile", file));
        var (provider, connectionString) = await backup.DatabaseAsync();
        var kind = BackupFile.Kind(file);
        if (kind == BackupKind.Unknown) throw new BackupFailure(BackupFile.NotABackup(file));
        if (kind == BackupKind.Sqlite && provider == DatabaseProvider.Postgres)
            throw new BackupFailure(BackupMessages.Text.Format("Restore.SqliteToPostgres", file));
        if (kind == BackupKind.PostgresDump && provider == DatabaseProvider.Sqlite)
            throw new BackupFailure(BackupMessages.Text.Format("Restore.PostgresToSqlite", file));
        var appMigrations = await AppMigrationsAsync();
        if (provider == DatabaseProvider.Sqlite) await RestoreSqliteAsync(file, connectionString, appMigrations, ct);
        else await RestorePostgresAsync(file, connectionString, appMigrations, ct);
    }

    private async Task<List<string>> AppMigrationsAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetMigrations().ToList();
    }

    private static async Task RestoreSqliteAsync(string file, string connectionString, List<string> appMigrations, CancellationToken ct)
    {
        var target = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder
            { DataSource = Path.GetFullPath(file), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            await source.OpenAsync(ct);
            var tables = await ListAsync(source, "SELECT name FROM sqlite_master WHERE type = 'table'", ct);
            if (!tables.Contains("__EFMigrationsHistory") || !tables.Contains("Plans") || !tables.Contains("Figures"))
                throw new BackupFailure(BackupFile.NotABackup(file));
            if (BackupFile.Newer(file, await ListAsync(source, "SELECT MigrationId FROM __EFMigrationsHistory", ct), appMigrations) is { } newer)
                throw new BackupFailure(newer);
        }
        catch (SqliteException e)
        {
            throw new BackupFailure(BackupFile.NotABackup(file), e);
        }
        if (File.Exists(target.DataSource) && new FileInfo(target.DataSource).Length > 0)
        {
            await using var existing = new SqliteConnection(target.ToString());
            await existing.OpenAsync(ct);
            if ((await ListAsync(existing, "SELECT name FROM sqlite_master WHERE type = 'table'", ct)).Count > 0)
                throw new BackupFailure(NotEmpty($"“{target.DataSource}”"));
        }
        await using var destination = new SqliteConnection(target.ToString());
        await destination.OpenAsync(ct);
        source.BackupDatabase(destination);
    }

    private async Task RestorePostgresAsync(string file, string connectionString, List<string> appMigrations, CancellationToken ct)
    {
        var toc = await PgTools.RunAsync(options.Value.PgRestore, connectionString, ["--list", file], ct);
        if (!toc.Contains("TABLE public __EFMigrationsHistory ", StringComparison.Ordinal) || !toc.Contains("TABLE public Figures ", StringComparison.Ordinal))
            throw new BackupFailure(BackupFile.NotABackup(file));
        var history = await PgTools.RunAsync(options.Value.PgRestore, connectionString,
            ["--data-only", "--table=__EFMigrationsHistory", "--file=-", file], ct);
        if (BackupFile.Newer(file, CopyRows(history).Select(r => r.Split('\t')[0]), appMigrations) is { } newer) throw new BackupFailure(newer);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            await using var count = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
            if ((long)(await count.ExecuteScalarAsync(ct))! > 0)
                throw new BackupFailure(NotEmpty(BackupMessages.Text.Format("Restore.PostgresDatabase", connection.Database)));
        }
        NpgsqlConnection.ClearAllPools();
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database ?? "";
        await PgTools.RunAsync(options.Value.PgRestore, connectionString,
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", $"--dbname={database}", file], ct);
    }

    /// <summary>The data lines of the COPY blocks in a pg_restore script.</summary>
    private static IEnumerable<string> CopyRows(string script)
    {
        var inCopy = false;
        foreach (var line in script.Split('\n'))
        {
            if (line.StartsWith("COPY ", StringComparison.Ordinal)) inCopy = true;
            else if (line == "\\.") inCopy = false;
            else if (inCopy && line.Length > 0) yield return line;
        }
    }

    private static string NotEmpty(string what) =>
        BackupMessages.Text.Format("Restore.NotEmpty", what) + BackupMessages.Text["NewDatabaseHint"];

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<string>();
        while (await reader.ReadAsync(ct)) list.Add(reader.GetString(0));
        return list;
    }
}
