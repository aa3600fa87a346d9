using System.Net;
using System.Net.Http.Json;
using System.Text;
using Portal.Api;
using Portal.Data;
using Portal.Domain.Plans;
using Portal.Tests.Support;
using Portal.Tests.Support.Api;

namespace Portal.IntegrationTests.Hardening;

/// <summary>What happens when the process dies mid-write, and when many writers race for one cell.</summary>
public sealed class FaultTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Import_ProcessKilledWhileWriting_RestartFindsAllOrNothingAndTheAuditAgrees(DatabaseProvider db)
    {
        await using var portal = await PortalProcess.StartAsync(db);
        var (file, rows) = EveryCellOf2013();
        Assert.Equal(0, await portal.ScalarAsync("""SELECT COUNT(*) FROM "Figures" """));
        var writing = await portal.WritingBegunAsync();

        var import = portal.Client.PostAsync("/api/plans/2013/figures/import", new ByteArrayContent(file) { Headers = { { "Content-Type", "text/csv" } } });
        // The moment the import's transaction begins to write (SQLite's log grows: the token check is cached and
        // checkpoints are off; a PostgreSQL backend gets a transaction id) is the moment to cut the power. Polling a
        // condition, bounded; not a guess at a duration.
        using (var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            while (!import.IsCompleted && !await writing())
                await Task.Delay(1, limit.Token);
        }
        var answeredFirst = import.IsCompletedSuccessfully && (await import).StatusCode == HttpStatusCode.OK;
        portal.Kill();
        try
        {
            (await import).Dispose();
        }
        catch (HttpRequestException)
        {
            // the connection died with the process: the client never learnt the outcome
        }

        await portal.StartAgainAsync();

        var figures = await portal.ScalarAsync("""SELECT COUNT(*) FROM "Figures" """);
        var audit = await portal.ScalarAsync("""SELECT COUNT(*) FROM "FigureAudit" """);
        output.WriteLine($"killed {(answeredFirst ? "after" : "before")} the answer; after the restart {figures} of {rows} figures, {audit} audit records");
        Assert.True(figures == 0 || figures == rows, $"{figures} of {rows} figures after the restart: a partial import");
        Assert.Equal(figures, audit); // every stored figure has its creation record, and no record lacks its figure
        if (answeredFirst) Assert.Equal(rows, figures); // an import that was confirmed must survive
        var served = await portal.Client.GetFromJsonAsync<List<FigureDto>>("/api/plans/2013/figures");
        Assert.Equal(figures, served!.Count); // the restarted portal serves what the file holds
        Assert.All(served, f => Assert.Equal(FigureNote, f.Note));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Put_TwentyConcurrentSavesWithOneVersion_OneWinsAndNineteenConflict(DatabaseProvider db)
    {
        await using var api = new ApiHost(db);
        var first = await api.SaveAsync("circulation.loans", "reader-services", 3, 98_450, "初次填报", version: 0);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var saves = Enumerable.Range(1, 20).Select(async i =>
        {
            await start.Task; // all twenty are sent at once, each continuing on its own thread-pool thread
            return await api.PutAsync("circulation.loans", "reader-services", 3, new { value = 98_450 + i, note = $"第 {i} 位", version = first.Version });
        }).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(saves).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(19, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var winner = (await answers.Single(a => a.StatusCode == HttpStatusCode.OK).Content.ReadFromJsonAsync<FigureDto>())!;
        var stored = Assert.Single(await api.FiguresAsync());
        Assert.Equal((winner.Value, winner.Note, first.Version + 1), (stored.Value, stored.Note, stored.Version));
        Assert.Equal(2, (await api.AuditAsync()).Count); // the first save and the one winner, nothing of the nineteen
        foreach (var loser in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
            Assert.Equal(stored.Version, (await ApiHost.ProblemAsync(loser, 409)).GetProperty("current").GetProperty("version").GetInt32());
    }

    private const string FigureNote = "断电测试：每个单元格一行，备注足够长，使写入要花上一段时间。";

    /// <summary>Every KPI × division × month of the 2013 plan (4,140 rows), each with a long note.</summary>
    private static (byte[] File, int Rows) EveryCellOf2013()
    {
        var plan = PlanFile.Load(RepoPaths.Seed("plan-2013.json"));
        var csv = new StringBuilder("kpi,division,month,value,note\n");
        var rows = 0;
        foreach (var kpi in plan.Kpis)
            foreach (var division in plan.Divisions)
                for (var month = 1; month <= 12; month++, rows++)
                    csv.Append(kpi.Code).Append(',').Append(division.Code).Append(',').Append(month).Append(',').Append(rows % 97 + 1).Append(',').Append(FigureNote).Append('\n');
        return (Encoding.UTF8.GetBytes(csv.ToString()), rows);
    }
}
