using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Accounts;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Support;
using Portal.IntegrationTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.IntegrationTests.Browser;

/// <summary>
/// Every keystroke stays, at the speed staff type and over the latency of the library's Wi-Fi: figures typed into
/// the entry grid and a task's progress note, at 0, 30 and 60 ms a key, on loopback and through a proxy that holds
/// every packet 40 ms each way. The box and what is saved both hold exactly what was typed (ADR 025).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TypingBrowserTests(BrowserFixture chromium)
{
    private const string Loans = "circulation.loans", Visits = "circulation.visits";
    private const string Note = "四季度讲座 12 场，到馆读者 1,480 人次 (Q4 lectures)";
    private static readonly TimeSpan OneWay = TimeSpan.FromMilliseconds(40);

    /// <summary>Milliseconds a key, and whether through the proxy.</summary>
    public static TheoryData<int, bool> Speeds => new() { { 0, false }, { 30, false }, { 60, false }, { 0, true }, { 30, true }, { 60, true } };

    [BrowserTheory, MemberData(nameof(Speeds))]
    public async Task EntryGrid_FiguresTypedAtSpeed_KeepEveryDigit_InTheBoxAndSaved(int msPerKey, bool delayed)
    {
        await using var portal = LivePortal.Start();
        await using var proxy = new DelayingProxy(portal.Port, OneWay);
        var at = delayed ? (Func<string, string>)proxy.Url : portal.Url;
        await using var context = await chromium.NewContextAsync();
        var (page, watch) = await SignedInPage.OpenAsync(context, portal, at("/entry?year=2013&division=reader-services&month=10"),
            PortalRoles.Staff, "reader-services");

        var loans = page.Locator($"[data-testid='entry-input-{Loans}']");
        var visits = page.Locator($"[data-testid='entry-input-{Visits}']");
        await TypeAsync(loans, "112405", msPerKey);
        await TypeAsync(visits, "124690", msPerKey);
        Assert.Equal(("112405", "124690"), (await loans.InputValueAsync(), await visits.InputValueAsync()));
        await page.ClickAsync("[data-testid='entry-save']");

        // Saved, the boxes show the stored figures as the grid formats them; a late stale render would show here too.
        await Expect(page.Locator("[data-testid='entry-status']")).ToContainTextAsync("已保存 2 项");
        Assert.Equal(("112,405", "124,690"), (await loans.InputValueAsync(), await visits.InputValueAsync()));
        Assert.Equal(112405, await EntryGridBrowserTests.StoredAsync(portal, Loans));
        Assert.Equal(124690, await EntryGridBrowserTests.StoredAsync(portal, Visits));
        watch.AssertNoErrors();
    }

    [BrowserTheory, MemberData(nameof(Speeds))]
    public async Task TaskProgressNote_TypedAtSpeed_KeepsEveryCharacter_InTheBoxAndSaved(int msPerKey, bool delayed)
    {
        await using var portal = LivePortal.Start();
        await using var proxy = new DelayingProxy(portal.Port, OneWay);
        var at = delayed ? (Func<string, string>)proxy.Url : portal.Url;
        await using var context = await chromium.NewContextAsync();
        var (page, watch) = await SignedInPage.OpenAsync(context, portal, at("/plan?year=2013"), PortalRoles.Admin);
        await page.ClickAsync("[data-item='四.1'] [data-edit]");

        var box = page.Locator("[data-editor='四.1'] textarea[data-note-input], [data-editor='四.1'] [data-note-input] textarea");
        await TypeAsync(box, Note, msPerKey);
        await box.PressAsync("Tab");
        Assert.Equal(Note, await box.InputValueAsync());
        await page.ClickAsync("[data-editor='四.1'] [data-save]");

        await Expect(page.Locator("[data-editor='四.1']")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-item='四.1'] [data-note]")).ToContainTextAsync(Note);
        Assert.Equal(Note, portal.Services.GetRequiredService<PlanStores>().Default.Find(2013)!.Items["四.1"].Progress.Note);
        watch.AssertNoErrors();
    }

    private static async Task TypeAsync(ILocator box, string text, int msPerKey)
    {
        await box.ClickAsync();
        await box.PressSequentiallyAsync(text, new() { Delay = msPerKey });
    }
}
