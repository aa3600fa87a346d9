using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;

namespace Portal.Backups;

/// <summary>The file a backup wrote and its size in bytes.</summary>
public sealed record BackupResult(string File, long Size);

/// <summary>
/// Writes a consistent copy of the portal's database while it runs and takes saves (ADR 029): SQLite through
/// <c>VACUUM INTO</c>, which reads one snapshot of the database, WAL included, in a single read transaction (a file
/// copy could catch the WAL half checkpointed); PostgreSQL through <c>pg_dump -Fc</c>, which dumps one snapshot too.
/// The copy is written beside its name as .partial and renamed once complete, so a crash never leaves a truncated
/// file that looks like a backup.
/// </summary>
public sealed class DatabaseBackup(IServiceScopeFactory scopes, IOptions<BackupOptions> options)
{
    public const string SqliteExtension = ".db";
    public const string PostgresExtension = ".dump";

    public async Task<(DatabaseProvider Provider, string ConnectionString)> DatabaseAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database;
        return (db.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, db.GetConnectionString()!);
    }

    public async Task<string> ExtensionAsync() =>
        (await DatabaseAsync()).Provider == DatabaseProvider.Postgres ? PostgresExtension : SqliteExtension;

    public async Task<BackupResult> WriteAsync(string file, CancellationToken ct = default)
    {
        var path = Path.GetFullPath(file);
        if (File.Exists(path)) throw new BackupFailure(BackupMessages.Text.Format("Backup.Exists", path));
        var directory = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(directory)) throw new BackupFailure(BackupMessages.Text.Format("Backup.NoDirectory", directory));
        var partial = path + ".partial";
        File.Delete(partial);
        var (provider, connectionString) = await DatabaseAsync();
        try
        {
            if (provider == DatabaseProvider.Postgres)
                await PgTools.RunAsync(options.Value.PgDump, connectionString, ["--format=custom", "--enable-row-security", "--file", partial], ct);
            else await VacuumIntoAsync(connectionString, partial, ct);
            File.Move(partial, path);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            throw new BackupFailure(BackupMessages.Text.Format("Backup.WriteFailed", path, e.Message), e);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
        return new(path, new FileInfo(path).Length);
    }

    private static async Task VacuumIntoAsync(string connectionString, string target, CancellationToken ct)
    {
        // ReadWrite, not ReadWriteCreate: a database that is not there is an error, not an empty file made by the backup.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", target);
        command.CommandTimeout = 0; // a large database takes as long as it takes; saves go on meanwhile (WAL)
        await command.ExecuteNonQueryAsync(ct);
    }
}
