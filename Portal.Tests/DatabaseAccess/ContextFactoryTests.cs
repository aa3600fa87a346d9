using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.Support;

namespace Portal.Tests.DatabaseAccess;

/// <summary>
/// ADR 031: services make their contexts with the factory, so a factory-made context must be the scoped one's twin:
/// the same database and the SQLite pragmas of ADR 008 on its connection.
/// </summary>
public sealed class ContextFactoryTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public Task InitializeAsync()
    {
        _ = _portal.Server;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AFactoryContext_HasTheScopedOnesDatabaseAndPragmas()
    {
        await using var db = await _portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

        Assert.Equal(new SqliteConnectionStringBuilder(_portal.ConnectionString).DataSource,
            new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        Assert.True(await db.Plans.AnyAsync(p => p.Year == 2013));
        await db.Database.OpenConnectionAsync();
        Assert.Equal(SqlitePragmas.BusyTimeoutMs, await PragmaAsync(db, "busy_timeout"));
        Assert.Equal(0, await PragmaAsync(db, "wal_autocheckpoint"));
    }

    private static async Task<long> PragmaAsync(PortalDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task DisposeAsync() => _portal.DisposeAsync().AsTask();
}
