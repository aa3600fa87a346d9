using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.Support;
using Portal.Tests.Support.Api;

namespace Portal.IntegrationTests.Outages;

/// <summary>
/// The API while PostgreSQL is stopped and after it is back (ADR 019), on a cluster of the test's own: `pg_ctl stop
/// -m fast`, then started again on the same socket and data. The shared cluster of the other tests is never stopped.
/// </summary>
public sealed class DatabaseOutageTests : IDisposable
{
    private const string Loans = "circulation.loans", Visits = "circulation.visits", ReaderServices = "reader-services";
    private readonly PostgresCluster _cluster;
    private readonly TestDatabase _database;

    public DatabaseOutageTests()
    {
        _cluster = new PostgresCluster();
        _database = TestDatabase.On(_cluster);
    }

    [Theory, OnPostgres]
    public async Task WhileDown_SavesAndReadsGet503WithRetryAfter_AndOnceBack_TheNextSaveWorks(DatabaseProvider db)
    {
        Assert.Equal(DatabaseProvider.Postgres, db);
        await using var api = new ApiHost(_database);
        var march = await api.SaveAsync(Loans, ReaderServices, 3, 1_000);
        var before = await api.CountsAsync();

        _cluster.Stop();

        await AssertUnreachableAsync(await api.PutAsync(Loans, ReaderServices, 4, new { value = 2_000 }));
        await AssertUnreachableAsync(await api.Client.DeleteAsync(ApiHost.Cell(Loans, ReaderServices, 3) + $"?version={march.Version}"));
        await AssertUnreachableAsync(await api.ImportAsync(CsvFiles.Utf8(CsvFiles.Header, $"{Visits},{ReaderServices},5,3000,")));
        await AssertUnreachableAsync(await api.Client.GetAsync($"{ApiHost.Plans}/2013/figures"));
        await AssertUnreachableAsync(await api.Client.GetAsync($"{ApiHost.Plans}/2013/audit"));
        Assert.Equal(1_000, api.Factory.Plan2013.Current.Kpi(Loans).Actual); // the live store saw none of it

        await BackAsync(api);

        // The pool still held connections the stopped server closed: the write path retries on a fresh one.
        var april = await api.SaveAsync(Loans, ReaderServices, 4, 2_000);
        Assert.Equal(1, april.Version);
        Assert.Equal((before.Figures + 1, before.Audit + 1), await api.CountsAsync());
        Assert.Equal(3_000, api.Factory.Plan2013.Current.Kpi(Loans).Actual);
        Assert.Equal([1_000d, 2_000d], (await api.FiguresAsync()).Select(f => f.Value).Order());
    }

    [Theory, OnPostgres]
    public async Task StoppedDuringAnImport_TheImportIsWholeOrNone_AndTheStoreFollowsTheDatabase(DatabaseProvider db)
    {
        Assert.Equal(DatabaseProvider.Postgres, db);
        await using var api = new ApiHost(_database);
        var rows = CsvFiles.Rows(1_800).ToArray();
        var before = await api.CountsAsync();

        var import = api.ImportAsync(CsvFiles.Utf8([CsvFiles.Header, .. rows]));
        await UntilAsync(async () => import.IsCompleted || await InTransactionAsync());
        _cluster.Stop(); // fast: the import's transaction is rolled back, unless its COMMIT already went through
        var response = await import;
        await BackAsync(api);

        Assert.Contains((int)response.StatusCode, new[] { 200, 503 });
        if ((int)response.StatusCode == 503) await AssertUnreachableAsync(response);
        var after = await api.CountsAsync();
        var written = after.Figures - before.Figures;
        Assert.Contains(written, new[] { 0, rows.Length });
        Assert.Equal(written, after.Audit - before.Audit); // one audit record per stored figure, none without
        if ((int)response.StatusCode == 200) Assert.Equal(rows.Length, written);
        // Whatever the outcome, the live store ends up with what the database holds (an unknown outcome is reloaded).
        foreach (var row in new[] { rows[0], rows[^1] })
        {
            var (kpi, division, month) = (row.Split(',')[0], row.Split(',')[1], int.Parse(row.Split(',')[2]));
            var stored = await StoredAsync(api, kpi, division, month);
            await UntilAsync(() => Task.FromResult(api.Factory.Plan2013.Read(l => l.Value(l.Plan.KpiIndex(kpi), l.Plan.DivisionIndex(division), month)) == stored));
        }
    }

    [Theory, OnPostgres]
    public async Task AfterARestart_OnlyTheFirstReadMeetsADeadConnection_ThePoolIsClearedWithIt(DatabaseProvider db)
    {
        Assert.Equal(DatabaseProvider.Postgres, db);
        await using var api = new ApiHost(_database);
        await api.SaveAsync(Loans, ReaderServices, 3, 1_000);
        await HoldIdleConnectionsAsync(api, 4);

        _cluster.Stop();
        _cluster.Start();

        // Four idle connections to the old server process. The first read takes one and fails (Npgsql does not test
        // a connection it hands out), and Npgsql then clears the pool: the user's retry already works, not the fifth.
        var first = await api.Client.GetAsync($"{ApiHost.Plans}/2013/figures");
        if ((int)first.StatusCode == 503) await AssertUnreachableAsync(first);
        else Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal(200, (int)(await api.Client.GetAsync($"{ApiHost.Plans}/2013/figures")).StatusCode);
        Assert.Equal(200, (int)(await api.Client.GetAsync($"{ApiHost.Plans}/2013/audit")).StatusCode);
    }

    /// <summary>Opens this many of the portal's connections at once and closes them: the pool then holds them idle.</summary>
    private static async Task HoldIdleConnectionsAsync(ApiHost api, int count)
    {
        var scopes = Enumerable.Range(0, count).Select(_ => api.Factory.Scope()).ToList();
        foreach (var scope in scopes) await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.OpenConnectionAsync();
        foreach (var scope in scopes) await scope.DisposeAsync();
    }

    /// <summary>
    /// Starts the server again and waits until the test's own reads get through: like any client of the pool, they
    /// may first meet a connection to the old server process.
    /// </summary>
    private async Task BackAsync(ApiHost api)
    {
        _cluster.Start();
        await UntilAsync(async () =>
        {
            try
            {
                await api.CountsAsync();
                return true;
            }
            catch (Exception e) when (DatabaseOutage.Is(e))
            {
                return false;
            }
        });
    }

    /// <summary>Whether a transaction of the portal's is open on the test's database right now.</summary>
    private async Task<bool> InTransactionAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(_cluster.Admin);
        await connection.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = @db AND xact_start IS NOT NULL AND pid <> pg_backend_pid()", connection);
        cmd.Parameters.AddWithValue("db", new Npgsql.NpgsqlConnectionStringBuilder(_database.ConnectionString).Database!);
        return (long)(await cmd.ExecuteScalarAsync())! > 0;
    }

    private static async Task<double?> StoredAsync(ApiHost api, string kpi, string division, int month)
    {
        await using var scope = api.Factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Figures
            .Where(f => f.Year == 2013 && f.Kpi == kpi && f.Division == division && f.Month == month).Select(f => (double?)f.Value).FirstOrDefaultAsync();
    }

    /// <summary>503 problem+json with Retry-After in seconds and a Chinese message that says why and what to do.</summary>
    private static async Task AssertUnreachableAsync(HttpResponseMessage response)
    {
        var problem = await ApiHost.ProblemAsync(response, 503);
        Assert.Equal(TimeSpan.FromSeconds(DatabaseOutage.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("无法连接数据库", detail);
        Assert.Contains("重试", detail);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not hold within 30 s.");
            await Task.Delay(20);
        }
    }

    public void Dispose()
    {
        _database.Dispose();
        _cluster.Dispose();
    }
}
