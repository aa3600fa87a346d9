using Portal.Tests.Support;
using Bunit;
using Portal.Entry;
using Portal.Figures;
using Portal.Tests.Support.Entry;

namespace Portal.Tests.Entry;

/// <summary>The entry grid against the real write path: 读者服务部 in October 2013, with the demo figures stored.</summary>
public sealed class EntryGridTests : EntryTestContext
{
    private const string ReaderServices = "reader-services";
    private const string NewCards = "readers.new-cards", TotalCards = "readers.total-cards";
    private const string Loans = "circulation.loans", Visits = "circulation.visits";

    [Fact]
    public void Open_ReaderServices_ListsTheKpisItReportsWithStoredValues()
    {
        var cut = Open();

        var rows = cut.FindAll("tr[data-row-kpi]").Select(r => r.GetAttribute("data-row-kpi")).ToList();
        Assert.Equal([NewCards, TotalCards, Loans, Visits], rows);
        var october = Plan2013.Read(l => l.Value(l.Plan.KpiIndex(Loans), l.Plan.DivisionIndex(ReaderServices), 10));
        Assert.Equal(EntryNumber.Format(october!.Value, false), InputValue(cut, Loans));
        Assert.Contains("演示数据", cut.Find($"[data-changed-by='{Loans}']").TextContent);
        Assert.Equal("700,000", cut.Find($"tr[data-row-kpi='{Loans}'] td:nth-child(3)").TextContent); // its split target
    }

    [Fact]
    public async Task Edit_NegativeValue_ShowsTheDomainMessageAndSaveWritesNothing()
    {
        var before = await StoredAsync(Loans, ReaderServices, 10);
        var cut = Open();

        await TypeAsync(cut, Loans, "-5");
        cut.WaitForAssertion(() => Assert.Equal("数值不能为负数，收到的是 -5。请填写 0 或正数。", ErrorText(cut, Loans)));
        await cut.ClickAsync(SaveSelector);

        cut.WaitForAssertion(() => Assert.Contains("有 1 行数值有误", Status(cut)));
        var after = await StoredAsync(Loans, ReaderServices, 10);
        Assert.Equal((before.Value, before.Version), (after.Value, after.Version));
    }

    [Fact]
    public async Task Edit_FractionOfACountOrText_ShowsWhyOnThatRow()
    {
        var cut = Open();

        await TypeAsync(cut, Loans, "61,000.5");
        cut.WaitForAssertion(() => Assert.Equal("“外借文献”按册次计数，必须是整数，收到的是 61000.5。", ErrorText(cut, Loans)));
        await TypeAsync(cut, Visits, "六万");
        cut.WaitForAssertion(() => Assert.Equal("请输入数字，例如 12,345 或 62.5。", ErrorText(cut, Visits)));
        Assert.Empty(cut.FindAll($"[data-error='{NewCards}']"));
    }

    [Fact]
    public async Task Edit_DecimalGigabytes_IsAccepted()
    {
        var cut = Open("digital");

        await TypeAsync(cut, "digitization.rubbings-gb", "52.75");

        cut.WaitForAssertion(() => Assert.Contains("1 项修改", SaveButton(cut).TextContent));
        Assert.Empty(cut.FindAll("[data-error]"));
    }

    [Fact]
    public async Task Save_StaleCell_ShowsWhoChangedItAndKeepsTheirValue()
    {
        var loans = await StoredAsync(Loans, ReaderServices, 10);
        var visits = await StoredAsync(Visits, ReaderServices, 10);
        var cut = Open();
        await TypeAsync(cut, Loans, EntryNumber.Format(loans.Value + 120, false));
        await TypeAsync(cut, Visits, EntryNumber.Format(visits.Value + 35, false));

        var elsewhere = await SaveElsewhereAsync("王芳", new FigureWrite(Loans, ReaderServices, 10, 98_450, null, loans.Version));
        Assert.True(elsewhere.Ok);
        await cut.ClickAsync(SaveSelector);

        cut.WaitForAssertion(() => Assert.Contains(
            "王芳 于 11月5日 10:00 已将此值改为 98,450，您的修改未保存。", cut.Find($"[data-conflict='{Loans}']").TextContent));
        var stored = await StoredAsync(Loans, ReaderServices, 10);
        Assert.Equal((98_450.0, "王芳"), (stored.Value, stored.UpdatedBy));
        var otherRow = await StoredAsync(Visits, ReaderServices, 10);
        Assert.Equal((visits.Value + 35, TestWriters.AdminName), (otherRow.Value, otherRow.UpdatedBy)); // the rest of the save went through
        Assert.Contains("已保存 1 项；1 项", Status(cut));
        Assert.Equal(EntryNumber.Format(loans.Value + 120, false), InputValue(cut, Loans)); // the user's edit is still there

        await cut.ClickAsync($"button[data-reload='{Loans}']");

        cut.WaitForAssertion(() => Assert.Equal("98,450", InputValue(cut, Loans)));
        Assert.Empty(cut.FindAll($"[data-conflict='{Loans}']"));
        Assert.Contains("王芳", cut.Find($"[data-changed-by='{Loans}']").TextContent);
    }

    [Fact]
    public async Task Paste_ColumnFromExcel_FillsThatRowAndTheRowsBelow()
    {
        var cut = Open();
        var visitsBefore = InputValue(cut, Visits);

        await cut.InvokeAsync(() => cut.FindComponent<EntryGrid>().Instance.Paste(0, "1,834\r\n\"289,120\"\r\n61 000\t外借\r\n"));

        cut.WaitForAssertion(() => Assert.Equal("1,834", InputValue(cut, NewCards)));
        Assert.Equal("289,120", InputValue(cut, TotalCards));
        Assert.Equal("61 000", InputValue(cut, Loans));
        Assert.Equal(visitsBefore, InputValue(cut, Visits));
        Assert.Empty(cut.FindAll("[data-error]"));
        Assert.Contains("3 项修改", SaveButton(cut).TextContent);
    }

    [Fact]
    public async Task Paste_MoreValuesThanRows_FillsToTheEndAndSaysHowManyWereLeft()
    {
        var cut = Open();

        await cut.InvokeAsync(() => cut.FindComponent<EntryGrid>().Instance.Paste(2, "61000\n66000\n1\n2\n"));

        cut.WaitForAssertion(() => Assert.Equal("66000", InputValue(cut, Visits)));
        Assert.Contains("最后 2 个数值没有填入", Status(cut));
    }

    [Fact]
    public async Task Save_ValueOverThreeTimesTheAverageMonth_AsksForANoteFirst()
    {
        var before = await StoredAsync(Loans, ReaderServices, 10);
        var cut = Open();

        await TypeAsync(cut, Loans, EntryNumber.Format(before.Value * 10, false)); // an extra zero
        cut.WaitForAssertion(() => Assert.Contains("月均值", cut.Find($"[data-warning='{Loans}']").TextContent));
        await cut.ClickAsync(SaveSelector);

        cut.WaitForAssertion(() => Assert.Contains("有 1 行数值明显异常", Status(cut)));
        Assert.Equal(before.Version, (await StoredAsync(Loans, ReaderServices, 10)).Version);
        await cut.ClickAsync($"button[data-confirm='{Loans}']"); // no note, no confirmation: it says what is missing
        cut.WaitForAssertion(() => Assert.Contains("先写明这个数值为什么异常", cut.Find($"[data-warning='{Loans}']").TextContent));
        Assert.Empty(cut.FindAll($"[data-confirmed='{Loans}']"));

        await cut.InputAsync($"input[data-note='{Loans}']", "馆庆集中外借，数字已核对");
        await cut.ClickAsync($"button[data-confirm='{Loans}']");
        cut.WaitForAssertion(() => Assert.Contains("已确认", cut.Find($"[data-confirmed='{Loans}']").TextContent));
        await cut.ClickAsync(SaveSelector);

        cut.WaitForAssertion(() => Assert.Contains("已保存 1 项", Status(cut)));
        var after = await StoredAsync(Loans, ReaderServices, 10);
        Assert.Equal((before.Value * 10, "馆庆集中外借，数字已核对"), (after.Value, after.Note));
    }

    [Fact]
    public async Task Save_StockBelowLastMonth_AsksForANoteFirst()
    {
        var september = await StoredAsync(TotalCards, ReaderServices, 9);
        var cut = Open();

        await TypeAsync(cut, TotalCards, EntryNumber.Format(september.Value - 900, false));

        cut.WaitForAssertion(() => Assert.Contains("低于 9月", cut.Find($"[data-warning='{TotalCards}']").TextContent));
    }

    [Fact]
    public async Task Live_SaveElsewhere_RefreshesUntouchedRowsAndKeepsEdits()
    {
        var loans = await StoredAsync(Loans, ReaderServices, 10);
        var visits = await StoredAsync(Visits, ReaderServices, 10);
        var cut = Open();
        var ytdBefore = cut.Find($"[data-ytd='{Loans}']").TextContent;
        await TypeAsync(cut, Visits, "70,001");

        await SaveElsewhereAsync("王芳",
            new FigureWrite(Loans, ReaderServices, 10, loans.Value + 1_000, null, loans.Version),
            new FigureWrite(Visits, ReaderServices, 10, visits.Value + 2_000, null, visits.Version));

        cut.WaitForAssertion(() => Assert.Equal(EntryNumber.Format(loans.Value + 1_000, false), InputValue(cut, Loans)));
        Assert.Contains("王芳", cut.Find($"[data-changed-by='{Loans}']").TextContent);
        Assert.NotEqual(ytdBefore, cut.Find($"[data-ytd='{Loans}']").TextContent);
        Assert.Equal("70,001", InputValue(cut, Visits));

        await TypeAsync(cut, Loans, EntryNumber.Format(loans.Value + 1_500, false));
        await cut.ClickAsync(SaveSelector);
        cut.WaitForAssertion(() => Assert.Contains("已保存 1 项；1 项", Status(cut)));
        Assert.Equal(loans.Value + 1_500, (await StoredAsync(Loans, ReaderServices, 10)).Value);
        Assert.NotEmpty(cut.FindAll($"[data-conflict='{Visits}']")); // refreshed underneath an edit: the version it loaded is stale
    }

    [Fact]
    public async Task Save_ClearedCell_DeletesTheFigureAfterSayingSo()
    {
        var cut = Open();

        await TypeAsync(cut, Visits, "");
        cut.WaitForAssertion(() => Assert.Contains("保存时将删除", cut.Find($"[data-delete='{Visits}']").TextContent));
        await cut.ClickAsync(SaveSelector);

        cut.WaitForAssertion(() => Assert.Contains("已保存 1 项", Status(cut)));
        Assert.Null(await FindStoredAsync(Visits, ReaderServices, 10));
        Assert.Contains("尚未填报", cut.Find($"[data-changed-by='{Visits}']").TextContent);
        Assert.Empty(cut.FindAll($"[data-delete='{Visits}']"));
    }

    [Fact]
    public async Task History_Clicked_ListsTheCellsAuditTrail()
    {
        var cut = Open();

        await cut.ClickAsync($"button[data-history='{Loans}']");

        cut.WaitForAssertion(() => Assert.Contains("演示数据", cut.Find("[data-testid='history']").TextContent));
        Assert.Contains("新增", cut.Find("[data-testid='history']").TextContent);
    }

    [Fact]
    public void Open_DivisionWithoutKpis_SaysSo()
    {
        var cut = Open("office");

        cut.WaitForAssertion(() => Assert.Contains("“办公室”没有需要填报的指标", cut.Find("[data-testid='entry-empty']").TextContent));
    }

    [Fact]
    public async Task Open_NothingChanged_SaveIsDisabled()
    {
        var cut = Open();

        Assert.True(SaveButton(cut).HasAttribute("disabled"));
        await TypeAsync(cut, Loans, "1");
        cut.WaitForAssertion(() => Assert.False(SaveButton(cut).HasAttribute("disabled")));
    }

    private static string ErrorText(IRenderedComponent<EntryHarness> cut, string kpi) => cut.Find($"[data-error='{kpi}']").TextContent.Trim();
}
