using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Configuration;
using SQLitePCL;

namespace Portal.Data;

/// <summary>
/// Per-connection SQLite settings (they are not stored in the file, unlike WAL mode). See ADR 008: with WAL,
/// synchronous=NORMAL makes a commit a write to the log rather than an fsync, about ten times faster, and can lose
/// only the last commits on a power cut, never corrupt the database. busy_timeout lets SQLite itself wait for
/// a writer in another process in millisecond steps, instead of the provider's 150 ms retry sleep. Commits never
/// checkpoint the log: <see cref="SqliteCheckpointer"/> does that in the background (ADR 009), and the log file is
/// cut back to 64 MB after a large import.
/// </summary>
public sealed class SqlitePragmas(string synchronous = "NORMAL") : DbConnectionInterceptor
{
    /// <summary>How long SQLite waits for another process's write lock before a statement fails.</summary>
    public const int BusyTimeoutMs = 5000;

    private static readonly string[] Modes = ["OFF", "NORMAL", "FULL", "EXTRA"];

    private readonly string _sql = Modes.Contains(synchronous.ToUpperInvariant())
        ? $"PRAGMA synchronous = {synchronous.ToUpperInvariant()}; PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = {64 * 1024 * 1024};"
        : throw new PortalConfigurationException(
            DataMessages.Text.Format("Sqlite.Synchronous", synchronous));

    // Pooled connections reuse their native handle, which keeps its settings: set them once per handle, not per open.
    private readonly ConditionalWeakTable<sqlite3, object> _configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || _configured.TryGetValue(handle, out _)) return;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = _sql;
        cmd.ExecuteNonQuery();
        _configured.AddOrUpdate(handle, this);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || _configured.TryGetValue(handle, out _)) return;
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = _sql;
        await cmd.ExecuteNonQueryAsync(ct);
        _configured.AddOrUpdate(handle, this);
    }
}
