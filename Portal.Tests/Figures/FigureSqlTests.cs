using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Data;
using Portal.Figures;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Api;
using Portal.Tests.Support;
using Portal.Tests.Support.Api;

namespace Portal.Tests.Figures;

/// <summary>
/// The figure write path's SQL (rows passed to SQLite as JSON, ADR 009) stores exactly what was sent, for a single
/// PUT and for an import large enough to read the whole year, and a background checkpoint puts it in the file.
/// </summary>
public sealed class FigureSqlTests
{
    [Theory]
    [InlineData("含“中文引号”与\"英文引号\"，反斜杠 \\ 与制表\t、换行\n和 emoji 😀📚")]
    [InlineData("<script>alert('x')</script>")]
    public async Task Put_NoteWithAwkwardText_IsStoredAndAuditedExactly(string note)
    {
        await using var api = new ApiHost();

        await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450, note);

        Assert.Equal(note, Assert.Single(await api.FiguresAsync()).Note);
        Assert.Equal(note, Assert.Single(await api.AuditAsync()).Note);
    }

    [Theory]
    [InlineData(41.3)]
    [InlineData(0.1 + 0.2)]
    [InlineData(1e-7)]
    [InlineData(123456789.123456789)]
    public async Task Put_FractionalGigabytes_ComeBackAsTheSameDouble(double gb)
    {
        await using var api = new ApiHost();

        await api.SaveAsync("digitization.rubbings-gb", "digital", 4, gb);

        Assert.Equal(gb, Assert.Single(await api.FiguresAsync()).Value);
        Assert.Equal(gb, Assert.Single(await api.AuditAsync()).NewValue);
    }

    [Fact]
    public async Task Import_EveryCellOfTheYearTwice_WithOneChange_AuditsOnlyThatChange()
    {
        await using var api = new ApiHost();
        var plan = api.Factory.Plan2013.Plan;
        var rows = (from k in plan.Kpis from d in plan.Divisions from m in Enumerable.Range(1, 12) select (Kpi: k.Code, Division: d.Code, Month: m)).ToList();
        Assert.True(rows.Count > Portal.Figures.Sql.FigureRows.ScanYearAbove, "the second import must read the whole year");
        string Line((string Kpi, string Division, int Month) r, int value) => $"{r.Kpi},{r.Division},{r.Month},{value},";
        var first = rows.Select((r, i) => Line(r, 1_000 + i)).ToList();
        Assert.Equal(HttpStatusCode.OK, (await api.ImportAsync(CsvFiles.Utf8([CsvFiles.Header, .. first]))).StatusCode);

        var second = first.ToList();
        second[2_500] = Line(rows[2_500], 7_777);
        var response = await api.ImportAsync(CsvFiles.Utf8([CsvFiles.Header, .. second]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((rows.Count, rows.Count + 1), await api.CountsAsync());
        var update = Assert.Single(await api.AuditAsync(), a => a.Action == "Update");
        Assert.Equal((rows[2_500].Kpi, rows[2_500].Division, rows[2_500].Month, 3_500d, 7_777d),
            (update.Kpi, update.Division, update.Month, update.OldValue!.Value, update.NewValue!.Value));
        Assert.Equal(2, (await api.FiguresAsync($"?kpi={rows[2_500].Kpi}&division={rows[2_500].Division}&month={rows[2_500].Month}")).Single().Version);
    }

    [Fact]
    public async Task Checkpoint_PutsCommittedFiguresIntoTheDatabaseFile()
    {
        await using var api = new ApiHost();
        await api.SaveAsync("ancient-books.repaired-pages", "ancient-books", 10, 820);

        var checkpointer = api.Factory.Services.GetServices<IHostedService>().OfType<SqliteCheckpointer>().Single();

        // The database file alone, without its write-ahead log, holds the figure after a checkpoint. A background read
        // (a reminder sweep, the library tree) that holds the log at that instant makes the checkpoint stop short by
        // design, so the condition is waited for, a checkpoint each time, not assumed after one.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        object? value;
        do
        {
            await checkpointer.CheckpointAsync(CancellationToken.None);
            value = await ValueInFileAloneAsync(new SqliteConnectionStringBuilder(api.Factory.ConnectionString).DataSource);
        }
        while (value is not 820d && DateTime.UtcNow < deadline);
        Assert.Equal(820d, value);
    }

    private static async Task<object?> ValueInFileAloneAsync(string database)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"checkpoint-{Guid.NewGuid():N}.db");
        File.Copy(database, copy);
        try
        {
            await using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = """SELECT "Value" FROM "Figures" WHERE "Kpi" = 'ancient-books.repaired-pages' AND "Month" = 10""";
            return await cmd.ExecuteScalarAsync();
        }
        catch (SqliteException)
        {
            return null; // the schema itself is not in the file yet
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public async Task Checkpoint_WithAReaderHoldingTheLog_GivesUpInsteadOfHoldingUpSaves()
    {
        // No timed checkpoint in this test: one that ran between the saves and the read could empty the log first.
        await using var portal = new PortalFactory();
        await using var factory = portal.WithWebHostBuilder(b => b.UseSetting("Portal:SqliteCheckpointSeconds", "3600"));
        async Task SaveAsync(int month, double pages)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var plan = factory.Services.GetRequiredService<PlanStores>().Default.Find(2013)!;
            var outcome = await scope.AsAdmin().GetRequiredService<FigureService>().SaveAsync(plan,
                [new FigureWrite("ancient-books.repaired-pages", "ancient-books", month, pages, null, null)], TestWriters.Admin("古籍部"));
            Assert.True(outcome.Ok);
        }
        await SaveAsync(9, 760);
        await using var reader = new SqliteConnection(portal.ConnectionString);
        await reader.OpenAsync();
        await using var snapshot = reader.BeginTransaction(deferred: true);
        await using (var read = reader.CreateCommand())
        {
            read.Transaction = snapshot;
            read.CommandText = """SELECT COUNT(*) FROM "Figures" """;
            await read.ExecuteScalarAsync(); // the read transaction now holds a snapshot that needs the log
        }
        await SaveAsync(10, 820);

        var checkpointer = factory.Services.GetServices<IHostedService>().OfType<SqliteCheckpointer>().Single();
        // Waiting for the reader would take SQLite's busy timeout (5 s) with the write gate held.
        // (On the thread pool: SQLite's calls are synchronous, so the wait would otherwise start after them.)
        await Task.Run(() => checkpointer.CheckpointAsync(CancellationToken.None)).WaitAsync(TimeSpan.FromSeconds(3));

        await SaveAsync(11, 790);
    }
}
