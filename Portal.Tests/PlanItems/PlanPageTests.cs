using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Domain.Progress;
using Portal.PlanItems;
using Portal.Tests.Support;

namespace Portal.Tests.PlanItems;

public sealed class PlanPageTests : PortalPageContext
{
    private readonly Bunit.TestDoubles.BunitAuthorizationContext _auth;

    public PlanPageTests()
    {
        _auth = this.AddAuthorization();
        _auth.SetAuthorized(TestWriters.AdminName).SetRoles(PortalRoles.Admin);
    }

    [Theory]
    [InlineData(PortalRoles.Director, "office", false)]
    [InlineData(PortalRoles.Viewer, "office", false)]
    [InlineData(PortalRoles.Staff, "reader-services", false)]
    [InlineData(PortalRoles.Staff, "office", true)]
    [InlineData(PortalRoles.TeamLead, "office", true)]
    public void PlanPage_OffersTheEditor_OnlyToTheOwnerDivisionAndAdmins(string role, string division, bool offered)
    {
        _auth.SetAuthorized("someone").SetRoles(role).SetClaims(new System.Security.Claims.Claim(PortalClaims.Division, division));

        var cut = RenderPage<PlanPage>();

        // 一.1 belongs to 办公室 (office)
        Assert.Equal(offered, cut.FindAll("[data-item='一.1'] [data-edit]").Count == 1);
        Assert.Empty(cut.FindAll("[data-item='一.1'] [data-owner-select]"));
    }

    [Fact]
    public async Task ItemEditor_HasNoOwnerDivision_MovingATaskIsAPlanEdit()
    {
        var cut = RenderPage<PlanPage>();

        await cut.ClickAsync("[data-item='一.1'] [data-edit]");

        Assert.DoesNotContain("负责部门", cut.Find("[data-editor='一.1']").TextContent);
    }
    [Fact]
    public void PlanPage_ShowsAllSectionsAndEveryItemWithFullText()
    {
        var cut = RenderPage<PlanPage>();

        Assert.Equal(["一", "二", "三", "四", "五", "六", "七", "八"], cut.FindAll("[data-section]").Select(e => e.GetAttribute("data-section")));
        Assert.Equal(41, cut.FindAll("[data-item]").Count);
        Assert.Contains(Factory.Plan2013.Plan.Item("三.2")!.Text, cut.Find("[data-item='三.2']").TextContent);
        Assert.NotNull(cut.Find("[data-section-heading='五(一)']"));
        Assert.Equal(2, cut.FindAll("[data-item='三.2'] [data-kpi]").Count);
    }

    [Fact]
    public async Task ItemStatus_SetToDone_RaisesSectionProgress()
    {
        var cut = RenderPage<PlanPage>();
        Assert.Equal("进度 0.0%", Progress(cut, "一"));

        await cut.ClickAsync("[data-item='一.1'] [data-edit]");
        await cut.ClickAsync("[data-editor='一.1'] [data-set-status='Done']");
        await cut.ClickAsync("[data-editor='一.1'] [data-save]");

        // 一 has three tasks and no KPIs: (100% + 0 + 0) / 3
        cut.WaitForAssertion(() => Assert.Equal("进度 33.3%", Progress(cut, "一")));
        Assert.Empty(cut.FindAll("[data-editor]"));
        Assert.Equal("Done", cut.Find("[data-item='一.1'] [data-item-status]").GetAttribute("data-item-status"));
        Assert.Equal(ItemStatus.Done, Factory.Plan2013.Items["一.1"].Progress.Status);
    }

    [Fact]
    public async Task PlanPage_ItemSavedElsewhere_UpdatesLive()
    {
        var cut = RenderPage<PlanPage>();

        await SaveElsewhereAsync(new ItemWrite("八.3", ItemStatus.Done, 100, null, null, 0), "李四");

        // 八 has five tasks and no KPIs: 100% / 5
        cut.WaitForAssertion(() => Assert.Equal("进度 20.0%", Progress(cut, "八")));
        Assert.Contains("李四", cut.Find("[data-item='八.3']").TextContent);
    }

    [Fact]
    public async Task ItemEditor_BlockedWithoutNote_ShowsReasonRequiredAndSavesNothing()
    {
        var cut = RenderPage<PlanPage>();

        await cut.ClickAsync("[data-item='二.1'] [data-edit]");
        await cut.ClickAsync("[data-editor='二.1'] [data-set-status='Blocked']");
        await cut.ClickAsync("[data-editor='二.1'] [data-save]");

        cut.WaitForAssertion(() => Assert.Contains("任务受阻时必须在备注中写明原因", cut.Find("[data-editor='二.1']").TextContent));
        Assert.Equal(0, Factory.Plan2013.Items["二.1"].Version);
    }

    [Fact]
    public async Task ItemEditor_StaleVersion_ShowsWhoChangedWhatAndKeepsTheDraft()
    {
        var cut = RenderPage<PlanPage>();
        await cut.ClickAsync("[data-item='四.3'] [data-edit]");
        await SaveElsewhereAsync(new ItemWrite("四.3", ItemStatus.InProgress, 50, "送书上门已启动", null, 0), "张三");

        await cut.ClickAsync("[data-editor='四.3'] [data-set-status='Done']");
        await cut.ClickAsync("[data-editor='四.3'] [data-save]");

        cut.WaitForAssertion(() => Assert.Contains("张三", cut.Find("[data-editor='四.3'] [data-conflict]").TextContent));
        var conflict = cut.Find("[data-editor='四.3'] [data-conflict]").TextContent;
        Assert.Contains("进行中 50%", conflict);
        Assert.Contains("送书上门已启动", conflict);
        Assert.Equal(50, Factory.Plan2013.Items["四.3"].Progress.Percent);

        // The draft (已完成) is still there; saving again is a deliberate overwrite.
        await cut.ClickAsync("[data-editor='四.3'] [data-save]");
        cut.WaitForAssertion(() => Assert.Equal(ItemStatus.Done, Factory.Plan2013.Items["四.3"].Progress.Status));
        Assert.Equal(2, Factory.Plan2013.Items["四.3"].Version);
    }

    [Fact]
    public async Task PlanPage_StatusFilter_ShowsOnlyMatchingItems()
    {
        var cut = RenderPage<PlanPage>();
        await cut.ClickAsync("[data-item='一.1'] [data-edit]");
        await cut.ClickAsync("[data-editor='一.1'] [data-set-status='Done']");
        await cut.ClickAsync("[data-editor='一.1'] [data-save]");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-editor]")));

        await cut.ClickAsync("[data-filter='Done']");

        cut.WaitForAssertion(() =>
        {
            Assert.Equal(["一.1"], cut.FindAll("[data-item]").Select(e => e.GetAttribute("data-item")));
            Assert.Equal(["一"], cut.FindAll("[data-section]").Select(e => e.GetAttribute("data-section")));
        });
    }

    private static string Progress(IRenderedComponent<PlanPage> cut, string section) =>
        cut.Find($"[data-section-heading='{section}'] [data-progress]").TextContent.Trim();

    private async Task SaveElsewhereAsync(ItemWrite write, string user)
    {
        await using var scope = Factory.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ItemService>().SaveAsync(Factory.Plan2013, write, TestWriters.Admin(user));
        Assert.True(outcome.Ok);
    }
}
