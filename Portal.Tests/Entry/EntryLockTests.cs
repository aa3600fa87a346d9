using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Domain.Plans;
using Portal.Entry;
using Portal.Live;
using Portal.Plans;
using Portal.Reporting.Closures;
using Portal.Tests.Support;
using Portal.Tests.Support.Entry;

namespace Portal.Tests.Entry;

/// <summary>
/// What the entry grid will not take, and says so before anyone types: a KPI retired by the month shown (its row
/// keeps the figure as history), a retired division, and a month that was submitted (closed). Each lock follows at
/// once on an open page, and edits made before it are kept or named, never silently lost. 读者服务部, October 2013.
/// </summary>
public sealed class EntryLockTests : EntryTestContext
{
    private const string ReaderServices = "reader-services";
    private const string TotalCards = "readers.total-cards", Loans = "circulation.loans", Visits = "circulation.visits";

    [Fact]
    public async Task RetiredKpi_ItsRowShowsTheStoredFigureAsHistory_WithoutAnInput_FromItsMonthOn()
    {
        var stored = await StoredAsync(Loans, ReaderServices, 10);
        Retire(Loans, fromMonth: 10);

        var october = Open();
        Assert.Empty(october.FindAll($"input[data-kpi='{Loans}']"));
        Assert.Equal(stored.Value.ToString("#,##0"), october.Find($"[data-value='{Loans}']").TextContent.Trim());
        Assert.Equal("已停用", october.Find($"[data-retired='{Loans}']").TextContent.Trim());
        Assert.NotEmpty(october.FindAll($"input[data-kpi='{Visits}']"));

        october.Render(p => p.Add(h => h.Month, 9));
        october.WaitForAssertion(() => Assert.NotEmpty(october.FindAll($"input[data-kpi='{Loans}']")));
        Assert.Empty(october.FindAll($"[data-retired='{Loans}']"));
    }

    [Fact]
    public async Task Paste_GoesLineForRow_AnEmptyLineOnARetiredRowIsPassedOver()
    {
        Retire(Loans, fromMonth: 10);
        var cut = Open();

        await cut.InvokeAsync(() => cut.FindComponent<EntryGrid>().Instance.Paste(1, "301000\n\n62000\n5\n"));

        cut.WaitForAssertion(() => Assert.Equal("301000", InputValue(cut, TotalCards)));
        Assert.Equal("62000", InputValue(cut, Visits));
        Assert.Contains("2 项修改", SaveButton(cut).TextContent);
    }

    [Fact]
    public async Task Paste_AValueOnARetiredRow_FillsNothingIn_AndNamesTheLineAndTheKpi()
    {
        Retire(Loans, fromMonth: 10);
        var cut = Open();
        var before = (InputValue(cut, TotalCards), InputValue(cut, Visits));

        // A sheet that dropped 外借文献: 到馆人次's value would land on its row, and everything below would be one off.
        await cut.InvokeAsync(() => cut.FindComponent<EntryGrid>().Instance.Paste(1, "301000\n62000\n5\n"));

        cut.WaitForAssertion(() => Assert.Contains("第 2 个数值“62000”落在已停用的指标“外借文献”上", Status(cut)));
        Assert.Contains("没有填入任何数值", Status(cut));
        Assert.Equal(before, (InputValue(cut, TotalCards), InputValue(cut, Visits)));
        Assert.DoesNotContain("项修改", SaveButton(cut).TextContent);
    }

    [Fact]
    public async Task KpiRetiredWhileThePageIsOpen_OtherEditsStayAndSaveOnTheirVersion_TheRetiredRowsEditIsNamed()
    {
        var visits = await StoredAsync(Visits, ReaderServices, 10);
        var cut = Open();
        await TypeAsync(cut, Visits, (visits.Value + 7).ToString("0"));
        await TypeAsync(cut, Loans, "61000");

        await cut.InvokeAsync(() => Retire(Loans, fromMonth: 10));

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll($"input[data-kpi='{Loans}']")));
        Assert.Equal((visits.Value + 7).ToString("0"), InputValue(cut, Visits));
        Assert.Contains("外借文献 已停用或不再由本部门填报", Status(cut));
        await cut.ClickAsync(SaveSelector);
        cut.WaitForAssertion(() => Assert.Contains("已保存 1 项", Status(cut)));
        var after = await StoredAsync(Visits, ReaderServices, 10);
        Assert.Equal((visits.Value + 7, visits.Version + 1), (after.Value, after.Version));
    }

    [Fact]
    public async Task RetiredDivision_ShowsItsFiguresReadOnly_AndSaysFromWhichMonth()
    {
        // 分馆与流通站 first hands over what it carries, as the plan editor requires before retiring it.
        var plan = Plan2013.Plan;
        var handed = plan.Kpis.Where(k => k.LeadDivision == "branches" || k.DivisionTargets.ContainsKey("branches")).Aggregate(plan,
            (p, k) => PlanRevisions.RetireKpi(p, k.Code, 10));
        handed = handed.Items.Where(i => i.OwnerDivision == "branches").Aggregate(handed, (p, i) => PlanRevisions.MoveItem(p, i.Code, ReaderServices));
        Adopt(PlanRevisions.RetireDivision(handed, "branches", 10));

        var cut = Open("branches");

        Assert.Empty(cut.FindAll("input[data-kpi]"));
        Assert.Empty(cut.FindAll(SaveSelector));
        Assert.Equal("分馆与流通站已于 10 月起停用，从 10 月起不再填报，这里只能查看。10 月以前的数据仍可修改。",
            cut.Find("[data-testid='entry-retired']").TextContent.Trim());
        cut.Render(p => p.Add(h => h.Month, 9));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("input[data-kpi]")));
        Assert.Empty(cut.FindAll("[data-testid='entry-retired']"));
    }

    [Fact]
    public async Task ClosedMonth_SaysWhoSubmittedIt_AndHowToReopen_WithoutInputs()
    {
        await CloseAsync(ReaderServices, 10);

        var cut = Open();

        Assert.Empty(cut.FindAll("input[data-kpi]"));
        Assert.Empty(cut.FindAll(SaveSelector));
        var notice = cut.Find("[data-testid='entry-closed']");
        Assert.StartsWith($"读者服务部 10 月已由 {TestWriters.AdminName} 于 ", notice.TextContent.Trim());
        Assert.Contains("提交（关账），数据已锁定，不能修改。如需修改：审核前，部门负责人可在“填报进度”页撤回提交", notice.TextContent);
        Assert.Equal("reporting?year=2013&month=10", notice.QuerySelector("a")!.GetAttribute("href"));
        cut.Render(p => p.Add(h => h.Month, 9));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("input[data-kpi]")));
        Assert.Empty(cut.FindAll("[data-testid='entry-closed']"));
    }

    [Fact]
    public async Task MonthClosedWhileThePageIsOpen_LocksAtOnce_KeepsTheEdit_AndGivesItBackWhenReopened()
    {
        var cut = Open();
        await TypeAsync(cut, Visits, "62000");

        await CloseAsync(ReaderServices, 10);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("input[data-kpi]")));
        Assert.Contains("您在关账前尚未保存的 1 项修改仍保留在本页", cut.Find("[data-testid='entry-closed']").TextContent);

        await using (var scope = Services.CreateAsyncScope())
        {
            var reopened = await scope.ServiceProvider.GetRequiredService<ClosureService>()
                .ReopenAsync(TestAccounts.Principal(TestWriters.AdminName, PortalRoles.Admin), 2013, ReaderServices, 10);
            Assert.True(reopened.Ok, reopened.Message);
        }

        cut.WaitForAssertion(() => Assert.Equal("62000", InputValue(cut, Visits)));
        Assert.Empty(cut.FindAll("[data-testid='entry-closed']"));
    }

    [Fact]
    public async Task ClosedMonth_AnAdminUnlocksItWithAReason_AndEachChangeIsAuditedWithIt()
    {
        var visits = await StoredAsync(Visits, ReaderServices, 10);
        await CloseAsync(ReaderServices, 10);
        var cut = Open();

        await cut.ClickAsync("[data-testid='entry-override']");
        await cut.ClickAsync("[data-testid='entry-override-start']");
        Assert.Contains("请填写更正原因", cut.Find("[data-testid='entry-closed']").TextContent);
        Assert.Empty(cut.FindAll("input[data-kpi]"));
        await cut.Find("input[data-testid='entry-override-reason'], [data-testid='entry-override-reason'] input").ChangeAsync(new() { Value = "馆藏统计口径更正" });
        await cut.ClickAsync("[data-testid='entry-override-start']");

        cut.WaitForAssertion(() => Assert.Contains("原因：“馆藏统计口径更正”", cut.Find("[data-testid='entry-overriding']").TextContent));
        await TypeAsync(cut, Visits, (visits.Value + 3).ToString("0"));
        await cut.ClickAsync(SaveSelector);
        cut.WaitForAssertion(() => Assert.Contains("已保存 1 项", Status(cut)));
        Assert.Equal(visits.Value + 3, (await StoredAsync(Visits, ReaderServices, 10)).Value);
        await using (var scope = Services.CreateAsyncScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<Portal.Data.PortalDbContext>().AuditEvents
                .SingleAsync(e => e.Kind == Portal.Data.Entities.AuditEventKind.ClosedMonthOverride);
            Assert.Equal((Visits, "馆藏统计口径更正", TestWriters.AdminName), (audit.Subject, audit.Detail, audit.By));
        }

        await cut.ClickAsync("[data-testid='entry-override-end']");
        Assert.Empty(cut.FindAll("input[data-kpi]"));
    }

    [Fact]
    public async Task ClosedMonth_StaffOfTheDivision_GetNoWayToUnlockIt()
    {
        Auth.SetAuthorized("staff").SetRoles(PortalRoles.Staff).SetClaims(new System.Security.Claims.Claim(PortalClaims.Division, ReaderServices));
        await CloseAsync(ReaderServices, 10);

        var cut = Open();

        Assert.NotEmpty(cut.FindAll("[data-testid='entry-closed']"));
        Assert.Empty(cut.FindAll("[data-testid='entry-override']"));
        Assert.Empty(cut.FindAll("input[data-kpi]"));
    }

    private void Retire(string kpi, int fromMonth) => Adopt(PlanRevisions.RetireKpi(Plan2013.Plan, kpi, fromMonth));

    /// <summary>A revision of the 2013 plan, taken in and announced as the plan editor does.</summary>
    private void Adopt(Plan revised) =>
        Assert.True(Services.GetRequiredService<PlanStore>().Adopt(revised, new PlanRevision(Plan2013.Version + 1, "{}"), ChangeOrigin.ThisInstance));

    private async Task CloseAsync(string division, int month)
    {
        await using var scope = Services.CreateAsyncScope();
        var closed = await scope.ServiceProvider.GetRequiredService<ClosureService>()
            .CloseAsync(TestAccounts.Principal(TestWriters.AdminName, PortalRoles.Admin), 2013, division, month);
        Assert.True(closed.Ok, closed.Message);
    }
}
