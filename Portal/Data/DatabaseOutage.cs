using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Portal.Data;

/// <summary>
/// Tells a database that cannot be reached right now (stopped, restarting, a dropped connection, a timeout, SQLite
/// still locked after its busy timeout) from a bug, anywhere in an exception's chain: EF wraps the provider's
/// exception (InvalidOperationException "transient failure", DbUpdateException). Such a request gets 503 with
/// Retry-After on the API and a "database unreachable, try again" message on the pages (ADR 019), never a 500.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>What a client is told to wait before retrying: about what a PostgreSQL restart takes.</summary>
    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (IsOne(x)) return true;
            if (x is AggregateException { InnerExceptions: var inner } && inner.Any(Is)) return true;
        }
        return false;
    }

    private static bool IsOne(Exception e) => e switch
    {
        // 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up), 08xxx connection exceptions.
        PostgresException p => p.SqlState is "57P01" or "57P02" or "57P03" || p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.IsTransient,
        NpgsqlException n => n.IsTransient,
        SocketException or TimeoutException => true,
        SqliteException s => s.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED after the busy timeout
        _ => false,
    };
}
