using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Data;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans.Editing;
using Portal.Tests.Province;
using Portal.Tests.Support;

namespace Portal.Tests.Joint;

/// <summary>
/// A joint target taken back through the real edit path (ADR 043) on the --demo-province portal, where every library
/// below 浙江图书馆 has reported reading-festival events on its row up to its last month: the rows leave the
/// contributors' grids, KPI pages, walls and /province without an error anywhere, a write to one is refused, the
/// stored figures stay as they were, and marking the target joint again brings the rows back with them.
/// </summary>
public sealed class JointRemovalTests : IAsyncLifetime
{
    private const string Events = "network.reading-events", Row = "joint.zjlib.network.reading-events", Password = "demo-admin-2013";
    private readonly ProvincePortal _province = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _province.DisposeAsync();

    private PlanStores Stores => _province.Portal.Services.GetRequiredService<PlanStores>();

    private async Task<PlanEditOutcome> EditAsync(JointTarget? joint, string reason)
    {
        await using var scope = _province.Portal.Scope();
        var version = Stores.Default.Find(2013)!.Version;
        return await scope.ServiceProvider.GetRequiredService<PlanEditor>().ApplyAsync(2013, new ChangeJoint(Events, joint), version, reason,
            TestAccounts.Principal("admin", PortalRoles.Admin));
    }

    private async Task<List<(int Library, int Month, double Value, int Version)>> StoredAsync()
    {
        await using var db = await _province.Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return (await db.Figures.IgnoreQueryFilters([LibraryRows.AddressedFilter]).Where(f => f.Year == 2013 && f.Kpi == Row)
            .OrderBy(f => f.LibraryId).ThenBy(f => f.Month).Select(f => new { f.LibraryId, f.Month, f.Value, f.Version }).ToListAsync())
            .Select(f => (f.LibraryId, f.Month, f.Value, f.Version)).ToList();
    }

    private static List<double?> Months(PlanStore store) =>
        store.Find(2013)!.Read(l => Enumerable.Range(1, 12).Select(m => l.MonthTotal(l.Plan.KpiIndex(Row), m)).ToList());

    [Fact]
    public async Task Edit_TargetNoLongerJoint_RowsLeaveEveryPage_FiguresStayStored_AndJointAgainBringsThemBack()
    {
        var county = Stores.For(await _province.IdOfAsync("xh-lib"));
        var before = Months(county);
        var stored = await StoredAsync();
        Assert.Contains(before, v => v > 0);
        Assert.Equal(6, stored.Select(f => f.Library).Distinct().Count());
        using var xh = await _province.Portal.LoginAsync("xh.admin", Password);
        using var zj = await _province.Portal.LoginAsync("admin", Password);
        Assert.Contains(Row, await xh.GetStringAsync("/l/xh-lib/entry?division=events&month=9"));
        Assert.Contains("data-joint-target", await zj.GetStringAsync("/province?year=2013&month=9"));

        var off = await EditAsync(null, "全省联动读书活动改由省馆单独承担");

        Assert.True(off.Ok, off.Error);
        Assert.False(county.Find(2013)!.Plan.HasKpi(Row));
        var grid = await xh.GetAsync("/l/xh-lib/entry?division=events&month=9");
        Assert.Equal(HttpStatusCode.OK, grid.StatusCode);
        Assert.DoesNotContain(Row, await grid.Content.ReadAsStringAsync());
        var kpi = await xh.GetAsync($"/l/xh-lib/kpi/{Row}");
        var unknown = await xh.GetAsync("/l/xh-lib/kpi/no.such-kpi"); // the normal answer for a code the plan does not have
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (kpi.StatusCode, unknown.StatusCode));
        Assert.All([await unknown.Content.ReadAsStringAsync(), await kpi.Content.ReadAsStringAsync()], html => Assert.Contains("<title>页面不存在", html));
        Assert.Equal(HttpStatusCode.OK, (await xh.GetAsync("/l/xh-lib/wall")).StatusCode);
        var province = await zj.GetAsync("/province?year=2013&month=9");
        Assert.Equal(HttpStatusCode.OK, province.StatusCode);
        Assert.DoesNotContain("data-joint-target", await province.Content.ReadAsStringAsync());

        string token;
        using (LibraryScope.Enter(LibraryScope.Of(county.Library)))
            token = await _province.Portal.CreateApiTokenAsync("xh.admin");
        using var api = _province.Portal.CreateBearerClient(token);
        var put = await api.PutAsJsonAsync($"/l/xh-lib/api/plans/2013/figures/{Row}/events/9", new { value = 4 });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Contains($"本馆计划中没有“{Row}”这一行：上级馆的联合目标已不再要求本馆填报它", await put.Content.ReadAsStringAsync());
        Assert.Equal(stored, await StoredAsync());

        var on = await EditAsync(JointTarget.All("events"), "恢复全省联动读书活动");

        Assert.True(on.Ok, on.Error);
        Assert.Equal(before, Months(county));
        Assert.Equal(stored, await StoredAsync());
        Assert.Contains("data-joint-target", await zj.GetStringAsync("/province?year=2013&month=9"));
    }
}
