using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Configuration;

namespace Portal.Data;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file in the background, every
/// <see cref="PortalOptions.SqliteCheckpointSeconds"/> (one by default), instead of in the commit that happens to
/// fill the log (<see cref="SqlitePragmas"/> turns that off). A PASSIVE checkpoint copies while saves go on; then a
/// RESTART inside the <see cref="WriteGate"/> copies the few frames written meanwhile and lets the next save start
/// the log from the beginning, so the file stays small. The RESTART never waits: if a reader still uses the log
/// (an export, another process), it gives up until the next round rather than hold up the saves queued behind the
/// gate. See ADR 009.
/// </summary>
public sealed class SqliteCheckpointer(
    IServiceScopeFactory scopes, WriteGate gate, TimeProvider time, IOptions<PortalOptions> options, ILogger<SqliteCheckpointer> log) : BackgroundService
{
    private TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.SqliteCheckpointSeconds));

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) await CheckpointAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    public async Task CheckpointAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Database.OpenConnectionAsync(ct);
            var connection = db.Database.GetDbConnection();
            if (Checkpoint(connection, "PASSIVE") == 0) return; // an empty log: nothing to copy
            using (await gate.EnterAsync(ct))
            {
                Execute(connection, "PRAGMA busy_timeout = 0;");
                try
                {
                    Checkpoint(connection, "RESTART");
                }
                finally
                {
                    Execute(connection, $"PRAGMA busy_timeout = {SqlitePragmas.BusyTimeoutMs};"); // the connection goes back to the pool
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Harmless: the log only grows until the next one succeeds (another server may be checkpointing).
            log.LogWarning(e, "The background SQLite checkpoint failed; retrying in {Interval}", Interval);
        }
    }

    /// <summary>Runs a checkpoint and returns how many frames the log holds (a blocked RESTART simply tries next round).</summary>
    private static long Checkpoint(DbConnection connection, string mode)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = cmd.ExecuteReader(CommandBehavior.SingleRow);
        return reader.Read() ? reader.GetInt64(1) : 0;
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
