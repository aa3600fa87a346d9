using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Portal.Accounts;
using Portal.Figures;
using Portal.Live;
using Portal.Shared;
using Portal.Tests.Support;
using Portal.Tests.Support.Reporting;
using Portal.Wall;

namespace Portal.Tests.Province;

/// <summary>
/// The wall of a province or city library (ADR 044) on the demo province, on the review chain's clock (7 May 2013: April
/// is the month being reported and its deadline has passed), rendered with the portal's own services: what the roll-up
/// pages show, and that a county's save and a city's submission reach an open wall, and /province, without a reload.
/// </summary>
public sealed class ProvinceWallTests : BunitContext, IAsyncLifetime
{
    private const string Events = "network.reading-events", Row = "joint.zjlib.network.reading-events";
    private ChainProvince _province = null!;
    private AsyncServiceScope? _scope;

    public ProvinceWallTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        DefaultWaitTimeout = TimeSpan.FromSeconds(10); // a save reaches the wall on another thread; a busy runner needs more than 1 s
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddScoped<PortalTitle>();
        // The portal's wall settings, not the defaults of the options this context's localization registers.
        Services.AddSingleton(_ => _province.Portal.Services.GetRequiredService<IOptions<WallOptions>>());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public async Task InitializeAsync() => _province = await ChainProvince.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_scope is { } scope) await scope.DisposeAsync();
        await _province.DisposeAsync();
    }

    /// <summary>
    /// The wall at <paramref name="code"/>'s address, as its kiosk opens it (?page= pins one page). The portal's services
    /// come from a scope made in the library's scope (its store, as a circuit's): one library per test.
    /// </summary>
    private Task<IRenderedComponent<WallDisplay>> WallAsync(string code, string? page) => _province.InAsync(code, services =>
    {
        if (_scope is null)
        {
            _scope = _province.Portal.Services.CreateAsyncScope();
            Services.AddFallbackServiceProvider(_scope.Value.ServiceProvider);
        }
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/wall?year=2013{(page is null ? "" : $"&page={page}")}");
        return Task.FromResult(Render<WallDisplay>());
    });

    /// <summary>Saves April's figure in <paramref name="code"/> as its admin, through the one write path (database, audit, store, feed).</summary>
    private Task<SaveOutcome> SaveAsync(string code, string kpi, string division, double value) => _province.InAsync(code, async services =>
    {
        services.GetRequiredService<CurrentUser>().Use(await _province.AccountAsync(code.Replace("-lib", ".admin")));
        return await services.GetRequiredService<FigureService>().SaveAsync(services.GetRequiredService<PlanStore>().Find(2013)!,
            [new FigureWrite(kpi, division, ChainProvince.April, value, null, null)], TestWriters.Admin(code));
    });

    /// <summary>Turns the open wall to another page, as a kiosk's address with another ?page= does.</summary>
    private void Show(string page) => Services.GetRequiredService<NavigationManager>().NavigateTo($"/wall?year=2013&page={page}");

    private static IReadOnlyList<string> Names(IRenderedComponent<WallDisplay> wall, string who) =>
        wall.Find($"[data-who='{who}'] dd").TextContent.Split('、', StringSplitOptions.TrimEntries);

    [Fact]
    public async Task ProvinceWall_StartsWithTheRollUp_AndShowsAprilsReporting_AndACitysSubmissionArrivesLive()
    {
        var wall = await WallAsync("zjlib", page: null);

        Assert.Equal(["全省汇总", "各馆排名", "重点指标", "各部分完成情况", "部门完成率排名", "最新录入"], wall.FindAll(".wall-pages li").Select(li => li.TextContent));
        Assert.Equal("全省汇总", wall.Find(".wall-page-name").TextContent);
        var reporting = wall.Find("[data-reporting]");
        Assert.Equal(("0", "7"), (reporting.GetAttribute("data-libraries-reported"), reporting.GetAttribute("data-libraries")));
        Assert.Equal("4月报送", wall.Find(".wall-panel-title").TextContent);
        Assert.Equal(7, Names(wall, "Late").Count); // April's deadline has passed and nobody has submitted

        await _province.CompleteInsideAsync("hz-lib"); // 杭州 submits and reviews April, division by division

        wall.WaitForAssertion(() => Assert.Equal("1", wall.Find("[data-reporting]").GetAttribute("data-libraries-reported")));
        Assert.DoesNotContain("杭州图书馆", Names(wall, "Late"));
        Assert.Equal(6, Names(wall, "Late").Count);
    }

    [Fact]
    public async Task ProvinceWall_ACountysContribution_RaisesTheJointTotal_AndLeadsTheLatestContributions()
    {
        var province = await WallAsync("zjlib", "province");
        var before = double.Parse(province.Find($"[data-joint='{Events}']").GetAttribute("data-actual")!, CultureInfo.InvariantCulture);
        var april = await _province.InAsync("xh-lib", services => Task.FromResult(
            services.GetRequiredService<PlanStore>().Find(2013)!.Read(l => l.MonthTotal(l.Plan.KpiIndex(Row), 4)) ?? 0));

        // 西湖区 corrects its April reading-festival events: 5 more than it had.
        var saved = await SaveAsync("xh-lib", Row, "events", april + 5);

        Assert.True(saved.Ok, string.Join("; ", saved.Errors.Select(e => e.Message)));
        province.WaitForAssertion(() => Assert.Equal(before + 5,
            double.Parse(province.Find($"[data-joint='{Events}']").GetAttribute("data-actual")!, CultureInfo.InvariantCulture)));
        Show("libraries");
        province.WaitForAssertion(() => Assert.Equal("xh-lib", province.Find("tr[data-contribution]").GetAttribute("data-contribution")));
        Assert.Equal("最新贡献", province.FindAll(".wall-panel-title").Last().TextContent);
    }

    [Fact]
    public async Task ProvinceWall_ACountysOwnSave_MovesItsCompletionInTheRanking()
    {
        var wall = await WallAsync("zjlib", "libraries");
        string Completion() => wall.Find("[data-rank-library='xh-lib'] .bar-value").TextContent;
        var before = Completion();

        // 西湖区 enters April's talks: 40 in one month, the year's target, so that KPI counts as complete.
        var saved = await SaveAsync("xh-lib", "events.talks", "events", 40);

        Assert.True(saved.Ok, string.Join("; ", saved.Errors.Select(e => e.Message)));
        wall.WaitForAssertion(() => Assert.NotEqual(before, Completion()));
        Assert.True(double.Parse(Completion().TrimEnd('%'), CultureInfo.InvariantCulture) > double.Parse(before.TrimEnd('%'), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ProvincePage_IsLiveToo_ACountysSubmissionShowsWithoutAReload()
    {
        var page = await _province.InAsync("zjlib", _ =>
        {
            _scope ??= _province.Portal.Services.CreateAsyncScope();
            Services.AddFallbackServiceProvider(_scope.Value.ServiceProvider);
            Services.GetRequiredService<NavigationManager>().NavigateTo("/province?year=2013&month=4");
            return Task.FromResult(Render<Portal.Province.ProvincePage>());
        });
        string Submitted() => page.Find("tr[data-reporting='xh-lib'] [data-submitted]").TextContent.Trim();
        Assert.Equal("0 / 2", Submitted());
        Assert.NotEqual("无", page.Find("tr[data-reporting='xh-lib'] [data-late]").TextContent.Trim()); // April's deadline has passed

        await _province.CompleteInsideAsync("xh-lib");

        page.WaitForAssertion(() => Assert.Equal("2 / 2", Submitted()));
        Assert.Equal("无", page.Find("tr[data-reporting='xh-lib'] [data-late]").TextContent.Trim());
    }

    [Fact]
    public async Task CityWall_RollsUpTheCityAndItsCounties_AndRanksTheCountiesOnly()
    {
        var city = await WallAsync("hz-lib", "province");

        Assert.Equal("全市汇总", city.Find(".wall-page-name").TextContent);
        Assert.Equal("3", city.Find("[data-reporting]").GetAttribute("data-libraries"));
        Show("libraries");
        var ranked = city.FindAll("[data-rank-library]").Select(l => l.GetAttribute("data-rank-library")).Order().ToList();
        Assert.Equal(["xh-lib", "yh-lib"], ranked); // not 杭州 itself, not 宁波's counties
    }

    [Fact]
    public async Task CountyWall_HasNoRollUpPages_AndSaysSoWhenOneIsPinned()
    {
        var county = await WallAsync("xh-lib", page: null);
        Assert.Equal(["重点指标", "各部分完成情况", "部门完成率排名", "最新录入"], county.FindAll(".wall-pages li").Select(li => li.TextContent));

        Show("province");
        Assert.Equal("本馆没有下级馆，没有可汇总的数据。", county.Find(".wall-empty").TextContent);
    }
}
