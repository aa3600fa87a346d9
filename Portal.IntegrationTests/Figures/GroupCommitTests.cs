using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Figures;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Figures;

/// <summary>
/// Saves that wait for the writer are committed together (ADR 010), yet each one is judged as if it came alone, in
/// the order it arrived: a later save in the same transaction meets the earlier one's figures.
/// </summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    private const string Loans = "circulation.loans";
    private const string Division = "reader-services";
    private PortalFactory _portal = null!;

    private void Start(DatabaseProvider provider) => _portal = new PortalFactory(provider: provider);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_portal is not null) await _portal.DisposeAsync();
    }

    private WriteGate Gate => _portal.Services.GetRequiredService<WriteGate>();
    private SaveQueue Queue => _portal.Services.GetRequiredService<SaveQueue>();

    private async Task<SaveOutcome> SaveAsync(string by, FigureWrite write, CancellationToken ct = default)
    {
        await using var scope = _portal.Scope();
        return await scope.AsAdmin().GetRequiredService<FigureService>().SaveAsync(_portal.Plan2013, [write], TestWriters.Admin(by), ct);
    }

    /// <summary>Starts the saves while the writer is busy, and lets it go once all of them wait in the queue.</summary>
    private async Task<SaveOutcome[]> InOneBatchAsync(params (string By, FigureWrite Write)[] saves)
    {
        var started = new List<Task<SaveOutcome>>();
        using (await Gate.EnterAsync(CancellationToken.None))
        {
            foreach (var (by, write) in saves)
            {
                started.Add(SaveAsync(by, write));
                await WaitUntilAsync(() => Queue.Count == started.Count);
            }
        }
        return await Task.WhenAll(started).WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition()) await Task.Delay(5, timeout.Token);
    }

    private async Task<T> DbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = _portal.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TwoNewFiguresForOneCell_InOneBatch_TheSecondConflictsWithTheFirst(DatabaseProvider db)
    {
        Start(db);
        var outcomes = await InOneBatchAsync(
            ("王敏", new FigureWrite(Loans, Division, 10, 58_936, null, 0)),
            ("李强", new FigureWrite(Loans, Division, 10, 59_000, null, 0)));

        Assert.Equal(1, Assert.Single(outcomes[0].Saved).Version);
        var conflict = Assert.Single(outcomes[1].Conflicts);
        Assert.Equal((58_936d, 1, "王敏"), (conflict.CurrentValue!.Value, conflict.CurrentVersion, conflict.By));
        Assert.Equal(1, await DbAsync(db => db.Audit.CountAsync()));
        Assert.Equal(58_936, _portal.Plan2013.Current.Kpi(Loans).Actual);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ChangesToOneCell_InOneBatch_AreAppliedInOrder_WithAnAuditRecordEach(DatabaseProvider db)
    {
        Start(db);
        await SaveAsync("王敏", new FigureWrite(Loans, Division, 10, 58_936, null, 0));

        var outcomes = await InOneBatchAsync(
            ("李强", new FigureWrite(Loans, Division, 10, null, null, 1)),
            ("王敏", new FigureWrite(Loans, Division, 10, 60_100, "重新填报", 0)),
            ("李强", new FigureWrite(Loans, Division, 10, 60_150, null, null)));

        Assert.All(outcomes, o => Assert.True(o.Ok));
        var stored = await DbAsync(db => db.Figures.SingleAsync());
        Assert.Equal((60_150d, 2, "李强"), (stored.Value, stored.Version, stored.UpdatedBy));
        var audit = await DbAsync(db => db.Audit.OrderBy(a => a.Id).Select(a => new { a.Action, a.OldValue, a.NewValue, a.By }).ToListAsync());
        Assert.Equal(["Create", "Delete", "Create", "Update"], audit.Select(a => a.Action.ToString()));
        Assert.Equal((60_100d, 60_150d, "李强"), (audit[3].OldValue!.Value, audit[3].NewValue!.Value, audit[3].By));
        Assert.Equal(60_150, _portal.Plan2013.Current.Kpi(Loans).Actual);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ARefusedSave_InABatch_LeavesTheOthersWritten(DatabaseProvider db)
    {
        Start(db);
        var outcomes = await InOneBatchAsync(
            ("王敏", new FigureWrite(Loans, Division, 10, 58_936, null, 0)),
            ("李强", new FigureWrite(Loans, Division, 13, 1, null, 0)),
            ("张三", new FigureWrite(Loans, "branches", 10, 18_430, null, 0)));

        Assert.True(outcomes[0].Ok);
        Assert.Equal("month", Assert.Single(outcomes[1].Errors).Field);
        Assert.True(outcomes[2].Ok);
        Assert.Equal(2, await DbAsync(db => db.Figures.CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ASaveCancelledWhileWaiting_IsNotWritten(DatabaseProvider db)
    {
        Start(db);
        using var cancel = new CancellationTokenSource();
        Task<SaveOutcome> waiting;
        using (await Gate.EnterAsync(CancellationToken.None))
        {
            waiting = SaveAsync("王敏", new FigureWrite(Loans, Division, 10, 58_936, null, 0), cancel.Token);
            await WaitUntilAsync(() => Queue.Count == 1);
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        }

        Assert.Equal(0, Queue.Count);
        Assert.True((await SaveAsync("李强", new FigureWrite(Loans, Division, 11, 61_000, null, 0))).Ok);
        Assert.Equal(1, await DbAsync(db => db.Figures.CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ABatchOfManySaves_WithADelete_IsAppliedToTheLiveStore(DatabaseProvider db)
    {
        Start(db);
        await SaveAsync("王敏", new FigureWrite(Loans, Division, 1, 81_200, null, 0));
        var plan = _portal.Plan2013.Plan;

        // More saves than the plan has KPIs, so the store applies them in bulk; one of them deletes January.
        var saves = plan.Divisions.Skip(1).SelectMany(d => new[] { 2, 3 }.Select(m => ("李强", new FigureWrite(Loans, d.Code, m, 1_000, null, 0))))
            .Append(("王敏", new FigureWrite(Loans, Division, 1, null, null, 1))).ToArray();
        Assert.True(saves.Length > plan.Kpis.Count);
        var outcomes = await InOneBatchAsync(saves);

        Assert.All(outcomes, o => Assert.True(o.Ok));
        Assert.Equal((saves.Length - 1) * 1_000, _portal.Plan2013.Current.Kpi(Loans).Actual);
        Assert.Equal(saves.Length - 1, await DbAsync(db => db.Figures.CountAsync()));
    }
}
