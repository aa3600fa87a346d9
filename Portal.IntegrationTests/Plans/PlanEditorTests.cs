using Portal.Domain.Progress;
using Portal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Data;
using Portal.Domain.Plans;
using Portal.Figures;
using Portal.Live;
using Portal.Plans;
using Portal.Plans.Editing;
using Portal.Tests.Support;
using Portal.IntegrationTests.Live;

namespace Portal.IntegrationTests.Plans;

/// <summary>Changes to a published plan (issue 12, part 4): audited, live, figures untouched, stale and unauthorised edits refused.</summary>
public sealed class PlanEditorTests : IDisposable
{
    private const string Loans = "circulation.loans";
    private const string Lines = "digital-library.mstp-lines";
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestAccounts.Principal("admin.li", PortalRoles.Admin);
    private PortalFactory _portal = null!;

    private void Start(DatabaseProvider provider) => _portal = new PortalFactory(provider: provider);

    private PlanState State => _portal.Plan2013;

    [Theory, OnSqlite]
    public async Task ChangeJoint_AListOfLibrariesNotBelow_IsRefusedByName_AndTheLevelIsStoredAndAudited(DatabaseProvider db)
    {
        Start(db);

        var unknown = await EditAsync(new ChangeJoint("network.reading-events", JointTarget.Of(["hz-lib"])), "杭州馆承担读书节");
        var level = await EditAsync(new ChangeJoint("network.reading-events", JointTarget.OfLevel("county", "events")), "县级馆共同举办读书活动");

        Assert.False(unknown.Ok);
        Assert.Equal("指标 network.reading-events 的联合目标列出的图书馆“hz-lib”不在本馆之下。可选：本馆之下还没有图书馆。", unknown.Error);
        Assert.True(level.Ok, level.Error);
        Assert.Equal(JointTarget.OfLevel("county", "events"), State.Plan.Kpi("network.reading-events").Joint);
        await using var scope = _portal.Scope();
        var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Contains("\"level\": \"county\"", (await data.Plans.SingleAsync(p => p.Year == 2013)).Json);
        var audit = await data.PlanAudit.SingleAsync(a => a.Year == 2013);
        Assert.Equal(("kpi-joint", "下级全部图书馆（由各馆 events 部门填报）", "下级全部县级馆（由各馆 events 部门填报）"), (audit.Action, audit.OldValue, audit.NewValue));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ChangeTarget_MidYear_KeepsFiguresAndCompletionFollowsTheNewTarget_Audited(DatabaseProvider db)
    {
        Start(db);
        await SaveAsync(new FigureWrite(Loans, "reader-services", 1, 81_200, null, null), new FigureWrite(Loans, "branches", 1, 18_800, null, null));
        using var feed = _portal.Services.GetRequiredService<PlanFeed>().Subscribe(2013);

        var outcome = await EditAsync(new ChangeTarget(Loans, 1_100_000, "reader-services",
            new Dictionary<string, double> { ["reader-services"] = 770_000, ["branches"] = 220_000, ["mobile-library"] = 110_000 }), "省厅下达新的外借指标");

        Assert.True(outcome.Ok, outcome.Error);
        Assert.Equal(2, outcome.Version);
        // 81,200 + 18,800 = 100,000 of the new 1,100,000.
        var loans = State.Current.Kpi(Loans);
        Assert.Equal(100_000, loans.Actual);
        Assert.Equal(100_000 / 1_100_000.0, loans.Completion, 1e-12);
        Assert.Equal(770_000, loans.Divisions.Single(d => d.Division == "reader-services").Target);
        Assert.Equal(2, State.Version);
        var change = await feed.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, change.Revision!.Version);
        await using var scope = _portal.Scope();
        var data = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(2, await data.Figures.CountAsync(f => f.Year == 2013 && f.Kpi == Loans));
        Assert.Equal(81_200, (await data.Figures.SingleAsync(f => f.Kpi == Loans && f.Division == "reader-services")).Value);
        var audit = await data.PlanAudit.SingleAsync(a => a.Year == 2013);
        Assert.Equal(("kpi-target", Loans, "admin.li", "省厅下达新的外借指标", 2), (audit.Action, audit.Subject, audit.By, audit.Reason, audit.Version));
        Assert.Equal("目标 1,000,000 册次；牵头：读者服务部；分解：读者服务部 700,000、分馆与流通站 200,000、汽车图书馆 100,000", audit.OldValue);
        Assert.StartsWith("目标 1,100,000 册次", audit.NewValue);
        Assert.Equal(1_100_000, PlanFile.Parse((await data.Plans.SingleAsync(p => p.Year == 2013)).Json).Kpi(Loans).Target.Value);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ChangeTarget_SplitThatDoesNotAddUp_IsRefused_AndNothingChanges(DatabaseProvider db)
    {
        Start(db);
        var outcome = await EditAsync(new ChangeTarget(Loans, 1_100_000, "reader-services",
            new Dictionary<string, double> { ["reader-services"] = 700_000, ["branches"] = 200_000 }), "调整");

        Assert.False(outcome.Ok);
        Assert.Contains("分解目标合计为 900000，与年度目标 1100000 不一致", outcome.Error);
        Assert.Equal((1, 1_000_000.0), (State.Version, State.Plan.Kpi(Loans).Target.Value));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Edit_WithoutReason_IsRefused(DatabaseProvider db)
    {
        Start(db);
        var outcome = await EditAsync(new RenameDivision("branches", "分馆服务部"), "  ");

        Assert.Contains("请填写修改原因", outcome.Error);
        Assert.Equal("分馆与流通站", State.Plan.Division("branches").Name);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Edit_ByADirector_IsRefused(DatabaseProvider db)
    {
        Start(db);
        await using var scope = _portal.Scope();
        var director = TestAccounts.Principal("director.wang", PortalRoles.Director);

        var outcome = await scope.ServiceProvider.GetRequiredService<PlanEditor>()
            .ApplyAsync(2013, new RenameDivision("branches", "分馆服务部"), 1, "更名", director);

        Assert.Contains("只有管理员可以修改", outcome.Error);
        Assert.Equal(1, State.Version);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Edit_AgainstAnOlderVersion_IsRefusedNamingWhoChangedWhat(DatabaseProvider db)
    {
        Start(db);
        Assert.True((await EditAsync(new RenameDivision("branches", "分馆服务部"), "机构调整")).Ok);

        var stale = await EditAsync(new RenameDivision("branches", "分馆与服务点"), "另一位管理员的修改", version: 1);

        Assert.True(stale.Stale);
        Assert.Contains("计划已被 admin.li 于", stale.Error);
        Assert.Contains("现为第 2 版，你看到的是第 1 版", stale.Error);
        Assert.Contains("部门更名 branches（分馆与流通站 → 分馆服务部），原因：机构调整", stale.Error);
        Assert.Equal("分馆服务部", State.Plan.Division("branches").Name);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RetireKpi_KeepsItsFigures_AndItStopsCountingInRollupsFromThatMonth(DatabaseProvider db)
    {
        Start(db);
        await SaveAsync(new FigureWrite(Lines, "technology", 3, 4, null, null));
        var before = State.Evaluate(6).Sections.Single(s => s.Section.Code == "五(二)");

        var outcome = await EditAsync(new RetireKpi(Lines, 7), "线路已全部租用，不再考核");

        Assert.True(outcome.Ok, outcome.Error);
        Assert.Equal(4, State.Current.Kpi(Lines).Actual); // its figures and history stay
        Assert.Equal(before.KpiCount, State.Evaluate(6).Sections.Single(s => s.Section.Code == "五(二)").KpiCount);
        Assert.Equal(before.KpiCount - 1, State.Evaluate(7).Sections.Single(s => s.Section.Code == "五(二)").KpiCount);
        var refused = await SaveOutcomeAsync(new FigureWrite(Lines, "technology", 8, 5, null, null));
        Assert.Contains("已于 7 月起停用", refused.Errors.Single().Message);
        Assert.Empty((await SaveOutcomeAsync(new FigureWrite(Lines, "technology", 6, 5, null, null))).Errors);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RemoveKpi_WithFigures_IsRefused_RetireInstead(DatabaseProvider db)
    {
        Start(db);
        await SaveAsync(new FigureWrite(Lines, "technology", 3, 4, null, null));

        var outcome = await EditAsync(new RemoveKpi(Lines), "误加");

        Assert.Contains("已有 1 条数据，不能删除", outcome.Error);
        Assert.Contains("停用", outcome.Error);
        Assert.True(State.Plan.HasKpi(Lines));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AddKpi_ThenRemoveIt_WhileItHasNoFigures(DatabaseProvider db)
    {
        Start(db);
        var add = await EditAsync(new AddKpi("outreach.exhibitions", "文澜展窗展览", "四.6", 24, "期", Qualifier.Target, Aggregation.Flow, "outreach"), "增补展览指标");
        Assert.True(add.Ok, add.Error);
        Assert.Equal(24, State.Plan.Kpi("outreach.exhibitions").Target.Value);
        Assert.Empty((await SaveOutcomeAsync(new FigureWrite("outreach.exhibitions", "outreach", 2, 2, null, null))).Errors);

        var removeWithFigure = await EditAsync(new RemoveKpi("outreach.exhibitions"), "误加", version: 2);

        Assert.Contains("已有 1 条数据", removeWithFigure.Error);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AddRenameRetireDivision_AndMoveAnItemToIt(DatabaseProvider db)
    {
        Start(db);
        Assert.True((await EditAsync(new AddDivision("new-media", "新媒体服务部"), "新设部门")).Ok);
        Assert.True((await EditAsync(new MoveItem("四.2", "new-media"), "微信平台由新部门负责", version: 2)).Ok);
        Assert.Equal("new-media", State.Plan.Item("四.2")!.OwnerDivision);
        Assert.Equal("new-media", State.Items["四.2"].Owner);

        var retire = await EditAsync(new RetireDivision("new-media", 9), "并入网络技术部", version: 3);
        Assert.Contains("仍负责条目 四.2", retire.Error);

        Assert.True((await EditAsync(new MoveItem("四.2", "technology"), "并回网络技术部", version: 3)).Ok);
        Assert.True((await EditAsync(new RenameDivision("new-media", "新媒体部"), "更名", version: 4)).Ok);
        Assert.True((await EditAsync(new RetireDivision("new-media", 9), "并入网络技术部", version: 5)).Ok);
        Assert.Equal(9, State.Plan.Division("new-media").RetiredFrom);
        await using var scope = _portal.Scope();
        var actions = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().PlanAudit.Where(a => a.Year == 2013)
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["division-add", "item-move", "item-move", "division-rename", "division-retire"], actions);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task MoveItem_WithReportedProgress_MovesItsProgressToTheNewOwner(DatabaseProvider db)
    {
        Start(db);
        await using (var scope = _portal.Scope())
        {
            // Stored behind the store's back: the editor must find it in the database, not in memory.
            var context = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            context.ItemProgress.Add(new ItemProgressRecord
            {
                Year = 2013, ItemCode = "六.3", Status = ItemStatus.InProgress, Percent = 40, Owner = "technology", Version = 1,
                UpdatedAt = DateTimeOffset.UnixEpoch, UpdatedBy = "网络技术部",
            });
            Assert.Equal(1, await context.SaveChangesAsync());
        }

        Assert.True((await EditAsync(new MoveItem("六.3", "digital"), "云平台改由数字资源部负责")).Ok);

        await using var check = _portal.Scope();
        var record = await check.ServiceProvider.GetRequiredService<PortalDbContext>().ItemProgress.SingleAsync(i => i.ItemCode == "六.3");
        Assert.Equal(("digital", 40, 2), (record.Owner, record.Percent, record.Version));
        Assert.Equal("digital", State.Items["六.3"].Owner);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Edit_OnInstanceA_ReachesInstanceB(DatabaseProvider db)
    {
        Start(db);
        var network = new Portal.Live.Instances.InProcessChangeNetwork();
        using var database = TestDatabase.Create();
        await using var a = new Portal.IntegrationTests.Live.InstanceFactory(database, new Dictionary<string, string>(), s => s.AddSingleton(network));
        await using var b = new Portal.IntegrationTests.Live.InstanceFactory(database, new Dictionary<string, string>(), s => s.AddSingleton(network));
        _ = a.Server;
        _ = b.Server;
        using var onB = b.Services.GetRequiredService<PlanFeed>().Subscribe(2013);

        await using (var scope = a.Scope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<PlanEditor>().ApplyAsync(2013, new RetireKpi(Lines, 7), 1, "不再考核", Admin)).Ok);

        var change = await onB.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((ChangeOrigin.OtherInstance, 2), (change.Origin, change.Revision!.Version));
        Assert.Equal(7, b.Plan2013.Plan.Kpi(Lines).RetiredFrom);
    }

    private async Task<PlanEditOutcome> EditAsync(PlanEdit edit, string reason, int version = 1)
    {
        await using var scope = _portal.Scope();
        return await scope.ServiceProvider.GetRequiredService<PlanEditor>().ApplyAsync(2013, edit, version, reason, Admin);
    }

    private async Task<SaveOutcome> SaveOutcomeAsync(params FigureWrite[] writes)
    {
        await using var scope = _portal.Scope();
        return await scope.AsAdmin().GetRequiredService<FigureService>().SaveAsync(State, writes, TestWriters.Admin("测试"));
    }

    private async Task SaveAsync(params FigureWrite[] writes) => Assert.Empty((await SaveOutcomeAsync(writes)).Errors);

    public void Dispose() => _portal?.Dispose();
}
