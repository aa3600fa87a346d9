using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Data;

/// <summary>
/// Passes the context's visible libraries to PostgreSQL's row-level security (ADR 039) as the session setting
/// <c>portal.libraries</c>, each time EF Core opens the connection: every statement on it, hand-written SQL included,
/// sees only those libraries' rows. A pooled connection keeps the setting of its last user, so it is set on every
/// open; a connection opened without it (not through a portal context) sees no library's rows at all.
/// </summary>
public sealed class PostgresLibrarySetting : DbConnectionInterceptor
{
    public const string Name = "portal.libraries";

    /// <summary>Stateless: one for every context. SQLite connections are left alone (no row-level security there).</summary>
    public static readonly PostgresLibrarySetting Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is not Npgsql.NpgsqlConnection) return;
        using var command = Command(connection, eventData);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is not Npgsql.NpgsqlConnection) return;
        await using var command = Command(connection, eventData);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, ConnectionEndEventData eventData)
    {
        var scope = (eventData.Context as PortalDbContext)?.Scope ?? LibraryScope.All;
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT set_config('{Name}', @libraries, false)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "libraries";
        parameter.Value = scope.Setting;
        command.Parameters.Add(parameter);
        return command;
    }
}
