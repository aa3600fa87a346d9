using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Data.Migrations.Postgres;

namespace Portal.IntegrationTests.Libraries;

/// <summary>
/// The row-level security policy itself (ADR 039, 040), on a connection opened by hand, as portal_app: the setting
/// portal.libraries unset or "" sees nothing, "all" every library, "1,5,7" those; and it is read once per statement.
/// </summary>
public sealed class LibraryPolicyTests
{
    [Theory, OnPostgres]
    public async Task ThePolicy_SeesNothingUnsetOrEmpty_EveryLibraryForAll_AndTheListedOnes(DatabaseProvider provider)
    {
        await using var world = await LibraryWorld.CreateAsync(provider);
        await using var connection = await OpenAsync(world);
        int[] both = [Library.DefaultId, world.County];

        Assert.Empty(await LibrariesSeenAsync(connection, "Figures")); // unset: a connection not opened by a portal context
        Assert.Empty(await LibrariesSeenAsync(connection, "AspNetUsers"));
        await SetAsync(connection, "");
        Assert.Empty(await LibrariesSeenAsync(connection, "Figures"));
        Assert.Empty(await LibrariesSeenAsync(connection, "AspNetUsers"));
        await SetAsync(connection, "all");
        Assert.Equal(both, await LibrariesSeenAsync(connection, "Figures"));
        Assert.Equal([Library.DefaultId, world.City, world.County], await LibrariesSeenAsync(connection, "AspNetUsers"));
        await SetAsync(connection, $"{world.County}");
        Assert.Equal([world.County], await LibrariesSeenAsync(connection, "Figures"));
        await SetAsync(connection, $"{world.City}");
        Assert.Empty(await LibrariesSeenAsync(connection, "Figures")); // the city has none of its own; the list is not a subtree
        await SetAsync(connection, $"{Library.DefaultId},{world.City},{world.County}");
        Assert.Equal(both, await LibrariesSeenAsync(connection, "Figures"));
    }

    [Theory, OnPostgres]
    public async Task EveryPolicy_ReadsTheSettingOncePerStatement_NotForEveryRow(DatabaseProvider provider)
    {
        await using var world = await LibraryWorld.CreateAsync(provider);
        await using var connection = await OpenAsync(world);
        await SetAsync(connection, $"{Library.DefaultId},{world.City},{world.County}");

        var plan = await LinesAsync(connection, """EXPLAIN (COSTS OFF) SELECT count(*) FROM "Figures" WHERE "Year" = 2013""");
        var notOnce = await LinesAsync(connection, $"""
            SELECT tablename FROM pg_policies WHERE policyname = '{LibraryPolicies.PolicyName}'
                AND NOT (qual LIKE '%SELECT portal_all()%' AND qual LIKE '%SELECT portal_libraries()%' AND with_check = qual)
            """);

        Assert.Contains(plan, line => line.Contains("InitPlan", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("string_to_array", StringComparison.Ordinal)); // the per-row parse
        Assert.Empty(notOnce);
    }

    [Theory, OnPostgres]
    public async Task TheMigrationsDown_RestoresThePerRowPolicies_AndUpAgainTheOncePerStatementOnes(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UseNpgsql(database.ConnectionString).UseProviderMigrations();
        await using var db = new PortalDbContext(options.Options);
        var libraries = db.Database.GetMigrations().Single(m => m.EndsWith("_Libraries", StringComparison.Ordinal));

        await db.Database.MigrateAsync();
        var once = await PolicyFormsAsync(db);
        await db.GetService<IMigrator>().MigrateAsync(libraries);
        var perRow = await PolicyFormsAsync(db);
        await db.Database.MigrateAsync();

        string[] expected = [$"portal_all {LibraryRows.OwnedTables(db.Model).Count}", "portal_all,portal_libraries"];
        Assert.Equal(expected, once);
        Assert.Equal(["portal_sees", "portal_sees 15"], perRow); // the 15 tables of the migration Libraries
        Assert.Equal(expected, await PolicyFormsAsync(db));
    }

    /// <summary>Which check the policies call (with USING and WITH CHECK alike) and how many; then the functions there are.</summary>
    private static async Task<List<string>> PolicyFormsAsync(PortalDbContext db) => (await db.Database.SqlQueryRaw<string>($"""
        SELECT form || ' ' || count(*) AS "Value" FROM (
            SELECT CASE WHEN qual LIKE '%portal_sees%' THEN 'portal_sees' WHEN qual LIKE '%portal_all%' THEN 'portal_all' ELSE qual END AS form
            FROM pg_policies WHERE policyname = '{LibraryPolicies.PolicyName}' AND with_check = qual) policies
        GROUP BY form
        UNION ALL
        SELECT string_agg(proname, ',' ORDER BY proname) FROM pg_proc WHERE proname IN ('portal_sees', 'portal_all', 'portal_libraries')
        """).ToListAsync()).Order(StringComparer.Ordinal).ToList();

    private static async Task<NpgsqlConnection> OpenAsync(LibraryWorld world)
    {
        await using var scope = world.Portal.Scope();
        var connection = new NpgsqlConnection(scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetConnectionString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task SetAsync(NpgsqlConnection connection, string libraries)
    {
        await using var command = new NpgsqlCommand($"SELECT set_config('{PostgresLibrarySetting.Name}', @libraries, false)", connection);
        command.Parameters.AddWithValue("libraries", libraries);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<int>> LibrariesSeenAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"""SELECT DISTINCT "LibraryId" FROM "{table}" ORDER BY 1""", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var seen = new List<int>();
        while (await reader.ReadAsync()) seen.Add(reader.GetInt32(0));
        return seen;
    }

    private static async Task<List<string>> LinesAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return lines;
    }
}
