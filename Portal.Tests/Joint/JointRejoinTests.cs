using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Entities;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Libraries;
using Portal.Live;
using Portal.Tests.Support;

namespace Portal.Tests.Joint;

/// <summary>
/// <see cref="PlanStore.Rejoin"/> on the live stores of a portal (ADR 043): the province's 2013 plan (全省联动读书活动约
/// 200 场, joint for every library below) above 杭州图书馆 and 杭州市西湖区图书馆, whose store is loaded with 6 events in
/// July and 5 in August on its row. A target that stops being joint takes the row off the county's plan, figures and
/// all, and brings it back with the same figures when it is joint again.
/// </summary>
public sealed class JointRejoinTests : IAsyncLifetime
{
    private const string Events = "network.reading-events", Row = "joint.zjlib.network.reading-events";

    private const string CountyPlan = """
        {
          "year": 2013, "title": "杭州市西湖区图书馆 2013 年工作要点",
          "divisions": [ { "code": "events", "name": "活动推广部" } ],
          "sections": [ { "code": "一", "title": "阅读推广", "items": [ { "code": "一.1", "number": 1, "text": "举办讲座 24 场。", "owner": "events" } ] } ],
          "kpis": [ { "code": "events.lectures", "name": "讲座", "item": "一.1", "target": 24, "unit": "场", "qualifier": "target", "aggregation": "flow", "lead": "events" } ]
        }
        """;

    private static readonly MonthlyFigure[] Figures =
        [new(Row, "events", 7, 6), new(Row, "events", 8, 5), new("events.lectures", "events", 7, 2)];

    private readonly PortalFactory _portal = new(demo: true);
    private Plan _joint = null!;
    private int _county;

    public async Task InitializeAsync()
    {
        await using var scope = _portal.Scope();
        var admin = scope.ServiceProvider.GetRequiredService<LibraryAdmin>();
        Assert.True((await admin.AddAsync("hz-lib", "杭州图书馆", LibraryLevel.City, "zjlib", "hz.first", TestWriters.Admin("测试"))).Succeeded);
        _county = (await admin.AddAsync("xh-lib", "杭州市西湖区图书馆", LibraryLevel.County, "hz-lib", "xh.first", TestWriters.Admin("测试"))).Library!.Id;
        _joint = Province.Find(2013)!.Plan;
    }

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private PlanStores Stores => _portal.Services.GetRequiredService<PlanStores>();

    private PlanStore Province => Stores.Default;

    private void Publish(JointTarget? joint)
    {
        var plan = new Plan(2013, _joint.Title, _joint.Sections, _joint.Kpis.Select(k => k.Code == Events ? k.WithJoint(joint) : k).ToList(), _joint.Divisions);
        Assert.True(Province.Adopt(plan, new PlanRevision(Province.Find(2013)!.Version + 1, PlanFile.Serialize(plan)), ChangeOrigin.ThisInstance));
    }

    private void LoadCounty() => Stores.For(_county).Load(PlanFile.Parse(CountyPlan), Figures);

    private PlanState CountyState => Stores.For(_county).Find(2013)!;

    private double? July(string kpi = Row) => CountyState.Read(l => l.MonthTotal(l.Plan.KpiIndex(kpi), 7));

    [Fact]
    public void Rejoin_TargetNoLongerJoint_TakesTheRowWithFiguresOff_AndJointAgainBringsItBackWithThem()
    {
        LoadCounty();
        Assert.Equal(6, July());

        Publish(null);

        Assert.False(CountyState.Plan.HasKpi(Row));
        Assert.DoesNotContain(CountyState.Current.Kpis, k => k.Kpi.Code == Row);
        Assert.Equal(2, July("events.lectures"));                       // its own figures stay where they were
        Assert.Null(Province.Find(2013)!.Joint(Events));

        Publish(JointTarget.All("events"));

        Assert.Equal((6.0, 5.0), (July()!.Value, CountyState.Read(l => l.MonthTotal(l.Plan.KpiIndex(Row), 8))!.Value));
        Assert.Equal(11, Province.Find(2013)!.Joint(Events)!.ByLibrary(8).Single(p => p.Library.Code == "xh-lib").Actual);
    }

    [Fact]
    public void Rejoin_LibraryNoLongerListed_TakesItsRowOff_AndListedAgainBringsItBack()
    {
        LoadCounty();

        Publish(JointTarget.Of(["hz-lib"], "events"));
        Assert.False(CountyState.Plan.HasKpi(Row));

        Publish(JointTarget.OfLevel("county", "events"));
        Assert.Equal(6, July());
    }

    [Fact]
    public void Load_FiguresOfARowNoLongerAsked_AreKeptAside_AndTheRowComesBackWithThem()
    {
        // A start-up after the target stopped being joint: the county's stored figures on the row are still read.
        Publish(null);
        LoadCounty();
        Assert.False(CountyState.Plan.HasKpi(Row));

        Publish(JointTarget.All("events"));

        Assert.Equal(6, July());
    }
}
