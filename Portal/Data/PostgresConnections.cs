using System.Data.Common;
using Npgsql;

namespace Portal.Data;

/// <summary>
/// The portal's defaults for Npgsql, each only where the connection string does not set it already (ADR 020).
/// </summary>
public static class PostgresConnections
{
    /// <summary>
    /// Max Auto Prepare 64: the write path and the pages run the same few dozen statements all day, and a prepared
    /// statement is parsed and planned once per connection instead of on every save (ADR 020).
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }; // keys as written, any case
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare")) builder.MaxAutoPrepare = 64;
        return builder.ConnectionString;
    }
}
