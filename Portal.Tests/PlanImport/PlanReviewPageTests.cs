using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Accounts;
using Portal.Data;
using Portal.Domain.PlanDrafts;
using Portal.Domain.PlanImport;
using Portal.Live;
using Portal.PlanImport;
using Portal.Plans;
using Portal.Tests.Support;
using Portal.Tests.Support.PlanImport;

namespace Portal.Tests.PlanImport;

/// <summary>The review page on the real portal's database: every edit stored, stale saves refused, publishing gated by validation.</summary>
public sealed class PlanReviewPageTests : PortalPageContext
{
    private const string Admin = "王管理";

    public PlanReviewPageTests()
    {
        this.AddAuthorization().SetAuthorized(Admin).SetRoles(PortalRoles.Admin);
        Services.AddScoped<PlanPublisher>();
        Services.AddScoped<PlanDraftService>();
    }

    [Fact]
    public async Task Paste_PlanText_StoresTheDraftAndOpensItsReview()
    {
        var cut = RenderPage<PlanDraftsPage>();

        cut.Find("textarea[data-paste]").Input(Plan2014.Text);
        await cut.ClickAsync("[data-paste-read]");

        cut.WaitForAssertion(() => Assert.Matches(@"/plans/new/\d+$", Services.GetRequiredService<NavigationManager>().Uri));
        var draft = Assert.Single(await Drafts());
        Assert.Equal((Plan2014.Text, "粘贴的文字", Admin, 1), (draft.SourceText, draft.FileName, draft.CreatedBy, draft.Version));
    }

    [Fact]
    public async Task Upload_TextFile_StoresTheDraft_UnsupportedFile_SaysWhatToDoAndStoresNothing()
    {
        var cut = RenderPage<PlanDraftsPage>();

        cut.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>().UploadFiles(InputFileContent.CreateFromText(Plan2014.Text, "plan-2014.xls"));
        cut.WaitForAssertion(() => Assert.Contains("不支持“plan-2014.xls”这种文件。请上传工作要点的 .docx、.pdf 或 .txt 文件。", cut.Find("[data-read-error]").TextContent));
        Assert.Empty(await Drafts());

        cut.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>().UploadFiles(InputFileContent.CreateFromText(Plan2014.Text, "plan-2014.txt"));
        cut.WaitForAssertion(() => Assert.Equal("plan-2014.txt", Assert.Single(Drafts().Result).FileName));
    }

    [Fact]
    public async Task EditValue_IsStoredAndShownBesideItsQuote()
    {
        var id = await CreateAsync();
        var cut = RenderReview(id);

        await cut.ClickAsync("tr[data-target='t1']");
        cut.Find("[data-editor='t1'] input[data-field='value']").Change("1200000");

        cut.WaitForAssertion(() => Assert.Contains("1,200,000", cut.Find("tr[data-target='t1'] [data-value]").TextContent));
        Assert.Contains("外借文献 110万册次以上", cut.Find("tr[data-target='t1']").TextContent);
        var stored = await StoredAsync(id);
        Assert.Equal((1_200_000.0, 2), (stored.Draft.Target("t1")!.Value!.Value, stored.Version));
        Assert.Contains("外借文献", stored.LastChange);
    }

    [Fact]
    public async Task ClickTarget_MarksItsQuoteInTheDocument()
    {
        var id = await CreateAsync();
        var cut = RenderReview(id);

        await cut.ClickAsync("mark[data-quote='t8']");

        cut.WaitForAssertion(() => Assert.Equal("quote selected", cut.Find("mark[data-quote='t8']").GetAttribute("class")));
        Assert.Equal("年采集地方文献 2000种", cut.Find("mark[data-quote='t8']").TextContent);
        Assert.NotNull(cut.Find("[data-editor='t8']"));
    }

    [Fact]
    public async Task DeleteFalseTarget_RemovesItsRowAndMarkAndStoresIt()
    {
        var id = await CreateAsync();
        var cut = RenderReview(id);

        await cut.ClickAsync("[data-delete='t7']");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("tr[data-target='t7']")));
        Assert.Empty(cut.FindAll("mark[data-quote='t7']"));
        Assert.Equal(9, (await StoredAsync(id)).Draft.Targets.Count);
    }

    [Fact]
    public async Task AddTarget_FromSelectedText_FindsItsItemAndMarksIt()
    {
        var extracted = Plan2014.Extracted();
        var id = await CreateAsync(extracted with { Targets = extracted.Targets.Where(t => t.Name != "新办读者证").ToList() });
        var quote = "新办读者证 2.2万张";
        JSInterop.SetupModule("./PlanImport/DocumentText.razor.js")
            .Setup<DocumentText.Picked?>("selection", _ => true).SetResult(new(quote, Plan2014.Text.IndexOf(quote, StringComparison.Ordinal)));
        var cut = RenderReview(id);

        await cut.ClickAsync("[data-add-target]");

        cut.WaitForAssertion(() => Assert.Equal(quote, cut.Find("mark[data-quote='t10']").TextContent));
        var added = (await StoredAsync(id)).Draft.Target("t10")!;
        Assert.Equal(("一.1", 22_000.0, "kpi.10"), (added.Item, added.Value!.Value, added.Code));
        Assert.NotNull(cut.Find("[data-editor='t10']"));
    }

    [Fact]
    public async Task Validation_ShowsEachMessageAtItsFieldAndInTheSummary()
    {
        var id = await CreateAsync();
        await EditElsewhereAsync(id, 1, d =>
        {
            d.Year = 2013;
            d.Targets[0].Split = [new() { Division = "reader-services", Target = 800_000 }, new() { Division = "branches", Target = 200_000 }];
            d.Targets[2].Unit = "";
        });
        var cut = RenderReview(id);

        var summary = cut.Find("[data-issues]").TextContent;
        Assert.Contains("2013 年的计划已经发布过，不能再发布一次", summary);
        Assert.Contains("“外借文献”分解到各部门的合计 1,000,000 与全年目标 1,100,000 不符（差 100,000）", summary);
        Assert.Contains("指标“累计办理读者证”没有牵头部门。请选择牵头部门。", summary);
        Assert.Contains("指标“累计办理读者证”缺少计量单位", summary);
        Assert.Equal(10, cut.FindAll("[data-issue='lead']").Count);
        Assert.Contains("2013 年的计划已经发布过", cut.Find("[data-field='year']").Closest(".mud-input-control")!.TextContent);

        await cut.ClickAsync("tr[data-target='t1']");
        cut.WaitForAssertion(() => Assert.Contains("与全年目标 1,100,000 不符", cut.Find("[data-editor='t1'] [data-error='split']").TextContent));
        Assert.Contains("没有牵头部门", cut.Find("[data-editor='t1']").TextContent);
    }

    [Fact]
    public async Task StaleEdit_IsRefused_SaysWhoChangedWhat_AndShowsTheirDraft()
    {
        var id = await CreateAsync();
        var cut = RenderReview(id);
        await EditElsewhereAsync(id, 1, d => d.Title = "浙江图书馆 2014 年工作要点（修订）", "李四", "标题改为“浙江图书馆 2014 年工作要点（修订）”");

        await cut.ClickAsync("tr[data-target='t1']");
        cut.Find("[data-editor='t1'] input[data-field='value']").Change("1200000");

        cut.WaitForAssertion(() => Assert.Contains("李四", cut.Find("[data-conflict]").TextContent));
        var conflict = cut.Find("[data-conflict]").TextContent;
        Assert.Contains("标题改为“浙江图书馆 2014 年工作要点（修订）”", conflict);
        Assert.Contains("你的修改“指标“外借文献”的目标值改为 1200000”没有保存", conflict);
        var stored = await StoredAsync(id);
        Assert.Equal((1_100_000.0, "浙江图书馆 2014 年工作要点（修订）", 2), (stored.Draft.Target("t1")!.Value!.Value, stored.Draft.Title, stored.Version));
        Assert.Equal("浙江图书馆 2014 年工作要点（修订）", cut.Find("[data-field='title']").GetAttribute("value"));

        // The page now holds the stored version: the same edit again is stored.
        cut.Find("[data-editor='t1'] input[data-field='value']").Change("1200000");
        cut.WaitForAssertion(() => Assert.Equal(3, StoredAsync(id).Result.Version));
        Assert.Empty(cut.FindAll("[data-conflict]"));
    }

    [Fact]
    public async Task Publish_RefusedWhileIssuesRemain_ThenAllowed_CreatesThePlanYear()
    {
        var extracted = Plan2014.Extracted();
        var id = await CreateAsync(extracted with { Targets = extracted.Targets.Where(t => t.Name is "外借文献" or "采集地方文献").ToList() });
        var cut = RenderReview(id);

        await cut.ClickAsync("[data-publish] button, button[data-publish]");
        cut.WaitForAssertion(() => Assert.Contains("发布被拒绝：还有 2 个问题", cut.Find("[data-refused]").TextContent));
        Assert.Null(Factory.Services.GetRequiredService<PlanStores>().Default.Find(2014));

        foreach (var (target, lead) in new[] { ("t1", "reader-services"), ("t2", "local-docs") })
        {
            await cut.ClickAsync($"tr[data-target='{target}']");
            var select = cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "牵头部门");
            await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(lead));
        }
        cut.WaitForAssertion(() => Assert.Contains("没有发现问题", cut.Find("[data-issues]").TextContent));
        await cut.ClickAsync("[data-publish] button, button[data-publish]");

        cut.WaitForAssertion(() => Assert.Equal("/?year=2014", cut.Find("[data-overview-link]").GetAttribute("href")));
        var plan = Factory.Services.GetRequiredService<PlanStores>().Default.Find(2014)!.Plan;
        Assert.Equal([("kpi.01", 1_100_000.0, "reader-services"), ("kpi.02", 2000.0, "local-docs")],
            plan.Kpis.Select(k => (k.Code, k.Target.Value, k.LeadDivision)));
        Assert.Empty(await Drafts());
    }

    [Fact]
    public async Task ConfirmSuggestion_LinksLastYearsKpiAndTakesItsCodeAndLead()
    {
        var id = await CreateAsync();
        var cut = RenderReview(id);

        await cut.ClickAsync("tr[data-target='t1']");
        Assert.Equal("circulation.loans", cut.Find("[data-editor='t1'] [data-suggestion]").GetAttribute("data-suggestion"));
        await cut.ClickAsync("[data-editor='t1'] [data-confirm-previous]");

        cut.WaitForAssertion(() => Assert.Equal("circulation.loans", cut.Find("tr[data-target='t1']").GetAttribute("data-code")));
        var t1 = (await StoredAsync(id)).Draft.Target("t1")!;
        Assert.Equal(("circulation.loans", "circulation.loans", "reader-services"), (t1.Previous, t1.Code, t1.Lead));
    }

    [Fact]
    public async Task AcceptAll_LinksEverySuggestionWithItsLeadInOneStoredEdit_AndTheCounterDropsToTheIssuesLeft()
    {
        var id = await CreateAsync();
        var cut = RenderReview(id);
        var suggested = int.Parse(cut.Find("[data-accept-all]").GetAttribute("data-accept-all")!, System.Globalization.CultureInfo.InvariantCulture);
        var issuesBefore = int.Parse(cut.Find("[data-issues]").GetAttribute("data-issues")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(suggested >= 3, $"{suggested} suggestions");
        Assert.Equal(issuesBefore + suggested, int.Parse(cut.Find("[data-left]").GetAttribute("data-left")!, System.Globalization.CultureInfo.InvariantCulture));

        await cut.ClickAsync("[data-accept-all]");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-accept-all]")));
        var (draft, version, change) = await StoredAsync(id);
        var linked = draft.Targets.Where(t => t.Previous is not null).ToList();
        Assert.Equal((suggested, 2), (linked.Count, version));
        Assert.All(linked, t => Assert.False(string.IsNullOrEmpty(t.Lead)));
        Assert.Contains("circulation.loans", draft.Targets.Select(t => t.Code));
        Assert.StartsWith($"全部接受建议，{suggested} 个指标接续上年：", change);
        Assert.All(linked, t => Assert.Contains($"（{t.Previous}）", change));
        var issuesAfter = int.Parse(cut.Find("[data-issues]").GetAttribute("data-issues")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(issuesAfter < issuesBefore, $"{issuesBefore} → {issuesAfter}");
        Assert.Equal(issuesAfter, int.Parse(cut.Find("[data-left]").GetAttribute("data-left")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private IRenderedComponent<PlanReviewPage> RenderReview(int id)
    {
        Render<MudPopoverProvider>();
        return Render<PlanReviewPage>(p => p.Add(x => x.Id, id));
    }

    private async Task<int> CreateAsync(ExtractedPlan? extracted = null)
    {
        await using var scope = Factory.Scope();
        return (await scope.ServiceProvider.GetRequiredService<PlanDraftService>().CreateAsync("plan-2014.docx", extracted ?? Plan2014.Extracted(), TestWriters.Admin(Admin))).Id;
    }

    private async Task EditElsewhereAsync(int id, int version, Action<PlanDraft> edit, string by = "李四", string what = "另一位管理员的修改")
    {
        await using var scope = Factory.Scope();
        var service = scope.ServiceProvider.GetRequiredService<PlanDraftService>();
        var draft = DraftJson.Deserialize((await service.FindAsync(id))!.DraftJson);
        edit(draft);
        Assert.True((await service.SaveAsync(id, draft, version, what, TestWriters.Admin(by))).Saved);
    }

    private async Task<(PlanDraft Draft, int Version, string LastChange)> StoredAsync(int id)
    {
        await using var scope = Factory.Scope();
        var record = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().PlanDrafts.AsNoTracking().SingleAsync(d => d.Id == id);
        return (DraftJson.Deserialize(record.DraftJson), record.Version, record.LastChange);
    }

    private async Task<List<Data.Entities.PlanDraftRecord>> Drafts()
    {
        await using var scope = Factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().PlanDrafts.AsNoTracking().ToListAsync();
    }
}
