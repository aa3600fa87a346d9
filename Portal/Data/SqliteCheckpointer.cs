using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file in the background, once a second, instead of in
/// the commit that happens to fill the log (<see cref="SqlitePragmas"/> turns that off). A PASSIVE checkpoint
/// copies while saves go on; a RESTART then, inside the <see cref="WriteGate"/>, copies the few frames written
/// meanwhile and lets the next save start the log from the beginning, so the file stays small. See ADR 009.
/// </summary>
public sealed class SqliteCheckpointer(IServiceScopeFactory scopes, WriteGate gate, TimeProvider time, ILogger<SqliteCheckpointer> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

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
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", ct);
            using (await gate.EnterAsync(ct)) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(RESTART);", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Harmless: the log only grows until the next one succeeds (another server may be checkpointing).
            log.LogWarning(e, "The background SQLite checkpoint failed; retrying in {Interval}", Interval);
        }
    }
}
