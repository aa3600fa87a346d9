using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Domain.Progress;
using Portal.Figures;
using Portal.Hosting;
using Portal.Live;
using Portal.PlanItems;
using Portal.Plans;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.PlanItems;

/// <summary>The task-progress write path against a real SQLite database, the live store and the feed.</summary>
public sealed class ItemServiceTests : IAsyncLifetime
{
    private PortalFactory _factory = null!;

    private void Start(DatabaseProvider provider) => _factory = new PortalFactory(provider: provider);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ItemStatus_SetToDone_RaisesSectionProgress(DatabaseProvider db)
    {
        Start(db);
        var feed = _factory.Services.GetRequiredService<PlanFeed>();
        using var subscription = feed.Subscribe(2013);
        Assert.Equal(0.0, _factory.Plan2013.Current.Section("一").Completion);

        var outcome = await SaveAsync(new ItemWrite("一.1", ItemStatus.Done, 0, null, null, 0));

        Assert.True(outcome.Ok);
        Assert.Equal(100, outcome.Saved!.Progress.Percent);
        // 一 has three tasks and no KPIs: (1 + 0 + 0) / 3
        Assert.Equal(1 / 3.0, _factory.Plan2013.Current.Section("一").Completion!.Value, 12);
        Assert.True(subscription.Reader.TryRead(out var change));
        Assert.Equal("一.1", Assert.Single(change!.ItemChanges!).Now.ItemCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ItemProgress_InSectionWithKpis_CountsNextToKpis(DatabaseProvider db)
    {
        Start(db);
        await using (var scope = _factory.Scope())
        {
            var figures = scope.AsAdmin().GetRequiredService<FigureService>();
            var saved = await figures.SaveAsync(_factory.Plan2013, [new FigureWrite("local-docs.acquired", "local-docs", 1, 900, null, 0)], TestWriters.Admin("测试"));
            Assert.True(saved.Ok);
        }

        await SaveAsync(new ItemWrite("三.1", ItemStatus.InProgress, 60, null, null, 0));

        // 三: KPIs acquired 900/1800 = 0.5, yearbooks, rubbings, gazetteers 0; items without KPIs 三.1 0.6 and 三.4 0:
        // (0.5 + 0 + 0 + 0 + 0.6 + 0) / 6
        var section = _factory.Plan2013.Current.Section("三");
        Assert.Equal(1.1 / 6, section.Completion!.Value, 12);
        Assert.Equal((4, 2), (section.KpiCount, section.ItemCount));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ItemSave_EveryChange_WritesOneAuditRecord(DatabaseProvider db)
    {
        Start(db);
        var first = await SaveAsync(new ItemWrite("二.3", ItemStatus.InProgress, 30, "设备到货", null, 0), "张三");
        var unchanged = await SaveAsync(new ItemWrite("二.3", ItemStatus.InProgress, 30, "设备到货", null, 1), "张三");
        var second = await SaveAsync(new ItemWrite("二.3", ItemStatus.Blocked, 45, "安全设备招标流标", "technology", 1), "李四");

        Assert.True(first.Ok && unchanged.Ok && second.Ok);
        Assert.Equal(2, second.Saved!.Version);
        await using var scope = _factory.Scope();
        var audit = await scope.ServiceProvider.GetRequiredService<ItemQueries>().AuditAsync(2013, "二.3");
        Assert.Equal(2, audit.Count);
        var (latest, earliest) = (audit[0], audit[1]);
        Assert.Equal((null, ItemStatus.InProgress, null, 30, null, "technology", "设备到货", "张三"),
            (earliest.OldStatus, earliest.NewStatus, earliest.OldPercent, earliest.NewPercent, earliest.OldOwner, earliest.NewOwner, earliest.Note, earliest.By));
        Assert.Equal((ItemStatus.InProgress, ItemStatus.Blocked, 30, 45, "technology", "technology", "安全设备招标流标", "李四"),
            ((ItemStatus?)latest.OldStatus, latest.NewStatus, (int?)latest.OldPercent, latest.NewPercent, latest.OldOwner, latest.NewOwner, latest.Note, latest.By));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ItemSave_StaleVersion_IsRefusedWithWhoWhatAndWhen(DatabaseProvider db)
    {
        Start(db);
        var mine = await SaveAsync(new ItemWrite("四.3", ItemStatus.InProgress, 50, null, null, 0), "张三");

        var theirs = await SaveAsync(new ItemWrite("四.3", ItemStatus.Done, 100, null, null, 0), "李四");

        Assert.False(theirs.Ok);
        Assert.NotNull(theirs.Conflict);
        Assert.Equal(("张三", mine.Saved!.UpdatedAt, ItemStatus.InProgress, 50, 1),
            (theirs.Conflict!.UpdatedBy, theirs.Conflict.UpdatedAt, theirs.Conflict.Progress.Status, theirs.Conflict.Progress.Percent, theirs.Conflict.Version));
        await using var scope = _factory.Scope();
        var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var stored = await data.ItemProgress.SingleAsync(i => i.ItemCode == "四.3");
        Assert.Equal((ItemStatus.InProgress, 50, 1), (stored.Status, stored.Percent, stored.Version));
        Assert.Equal(1, await data.ItemAudit.CountAsync(a => a.ItemCode == "四.3"));
        Assert.Equal(50, _factory.Plan2013.Items["四.3"].Progress.Percent);
    }

    [Theory]
    [OnSqlite(ItemStatus.Blocked, 30, null, "note"), OnPostgres(ItemStatus.Blocked, 30, null, "note")]
    [OnSqlite(ItemStatus.InProgress, 120, null, "percent"), OnPostgres(ItemStatus.InProgress, 120, null, "percent")]
    [OnSqlite(ItemStatus.InProgress, 100, null, "percent"), OnPostgres(ItemStatus.InProgress, 100, null, "percent")]
    public async Task ItemSave_InvalidInput_IsRefusedAndNothingWritten(ItemStatus status, int percent, string? note, string field, DatabaseProvider db)
    {
        Start(db);
        var outcome = await SaveAsync(new ItemWrite("八.3", status, percent, note, null, 0));

        Assert.False(outcome.Ok);
        Assert.Equal(field, Assert.Single(outcome.Errors).Field);
        await using var scope = _factory.Scope();
        var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await data.ItemProgress.AnyAsync());
        Assert.False(await data.ItemAudit.AnyAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ItemSave_UnknownItem_OrAnotherOwner_IsRefusedWithClearMessage(DatabaseProvider db)
    {
        Start(db);
        var unknownItem = await SaveAsync(new ItemWrite("九.1", ItemStatus.InProgress, 10, null, null, 0));
        var moved = await SaveAsync(new ItemWrite("八.3", ItemStatus.InProgress, 10, null, "reader-services", 0));

        Assert.Contains("未知的任务编号“九.1”", Assert.Single(unknownItem.Errors).Message);
        Assert.True(moved.Forbidden);
        Assert.Equal(ItemEditPolicy.MoveRefusal, Assert.Single(moved.Errors).Message);
        Assert.Equal(0, _factory.Plan2013.Items["八.3"].Version);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ItemProgress_AfterRestart_IsLoadedFromDatabase(DatabaseProvider db)
    {
        Start(db);
        await SaveAsync(new ItemWrite("七.5", ItemStatus.Done, 100, "引进 6 人", null, 0), "张三");

        var store = new PlanStore(_factory.Services.GetRequiredService<Portal.Domain.Engine.CompletionEngine>(), new PlanFeed());
        await using var scope = _factory.Scope();
        await DatabaseInitializer.LoadStoreAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), store);

        var item = store.Find(2013)!.Items["七.5"];
        Assert.Equal((ItemStatus.Done, "引进 6 人", "office", 1, "张三"), (item.Progress.Status, item.Progress.Note, item.Owner, item.Version, item.UpdatedBy));
        Assert.Equal(_factory.Plan2013.Current.Section("七").Completion, store.Find(2013)!.Current.Section("七").Completion);
    }

    private async Task<ItemSaveOutcome> SaveAsync(ItemWrite write, string? user = null)
    {
        await using var scope = _factory.Scope();
        var service = scope.ServiceProvider.GetRequiredService<ItemService>();
        return await service.SaveAsync(_factory.Plan2013, write, TestWriters.Admin(user ?? TestWriters.AdminName));
    }
}
