using System.Text.Json.Nodes;
using Portal.Domain.Plans;
using Portal.Tests.Support.Plans;

namespace Portal.Domain.Tests.Joint;

/// <summary>The plan file's <c>joint</c> (ADR 043): its three shapes, what is refused and how, and the contributors' rows.</summary>
public sealed class JointPlanFileTests
{
    private const string Events = "network.reading-events";
    private const string SeedJoint = "\"joint\": { \"libraries\": \"all\", \"division\": \"events\" }";

    private static string WithJoint(string joint) => PlanJsons.Seed2013.Replace(SeedJoint, "\"joint\": " + joint);

    [Fact]
    public void Seed_MarksTheProvinceWideReadingEventsJoint()
    {
        var plan = PlanFile.Parse(PlanJsons.Seed2013);

        Assert.Equal(JointTarget.All("events"), plan.Kpi(Events).Joint);
        Assert.Single(plan.Kpis, k => k.Joint is not null);
        Assert.Equal(23, plan.Kpis.Count);
    }

    [Theory]
    [InlineData("{ \"level\": \"county\" }")]
    [InlineData("{ \"libraries\": [\"hz-lib\", \"nb-lib\"] }")]
    [InlineData("{ \"libraries\": \"all\" }")]
    public void Shapes_RoundTrip(string joint)
    {
        var json = WithJoint(joint);

        var written = PlanFile.Serialize(PlanFile.Parse(json));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void WithoutJoint_TheFileIsWrittenAsBefore()
    {
        var json = PlanJsons.Seed2013.Replace(",\n      " + SeedJoint, "");
        Assert.DoesNotContain("joint", json);

        Assert.DoesNotContain("joint", PlanFile.Serialize(PlanFile.Parse(json)));
        Assert.Null(PlanFile.Parse(json).Kpi(Events).Joint);
    }

    [Theory]
    [InlineData("{ \"level\": \"province\" }", "联合目标层级“province”无效，应为 city / county")]
    [InlineData("{ \"libraries\": [] }", "没有列出参与的图书馆")]
    [InlineData("{ \"libraries\": [\"hz-lib\", \"hz-lib\"] }", "重复列出图书馆“hz-lib”")]
    [InlineData("{ \"libraries\": \"some\" }", "联合目标（joint）格式不对")]
    [InlineData("{ \"libraries\": \"all\", \"level\": \"city\" }", "联合目标（joint）格式不对")]
    [InlineData("{ \"libraries\": [1, 2] }", "联合目标（joint）格式不对")]
    [InlineData("{ }", "联合目标（joint）格式不对")]
    public void BadShape_IsRefusedWithAClearMessage(string joint, string expected)
    {
        var e = Assert.Throws<DomainException>(() => PlanFile.Parse(WithJoint(joint)));

        Assert.Contains(expected, e.Message);
        Assert.Contains(Events, e.Message);
    }

    [Fact]
    public void Stock_CannotBeJoint()
    {
        var json = PlanJsons.Seed2013.Replace("\"opening\": 270000", "\"opening\": 270000, \"joint\": { \"libraries\": \"all\" }");
        var e = Assert.Throws<DomainException>(() => PlanFile.Parse(json));
        Assert.Contains("readers.total-cards 是存量指标，不能设为联合目标", e.Message);
    }

    [Fact]
    public void Contributor_GetsARowOfItsOwn_InTheNamedDivisionOrItsFirst()
    {
        var province = PlanFile.Parse(PlanJsons.Seed2013);
        var county = new Plan(2013, "杭州市西湖区图书馆 2013 年工作要点", [new Section("一", "阅读推广", null, [new PlanItem("一.1", "一", 1, "举办讲座 24 场。", "events")])],
            [new Kpi("events.lectures", "讲座", "一.1", "一", new Target(24, "场", Qualifier.Target), Aggregation.Flow, "events")],
            [new Division("lending", "外借部"), new Division("events", "活动推广部")]);

        var joined = JointRows.WithContributions(county, [("zjlib", "province", province)], "xh-lib", "county");
        var withoutEvents = JointRows.WithContributions(new Plan(2013, county.Title, [], [], [new Division("lending", "外借部")]),
            [("zjlib", "province", province)], "xh-lib", "county");

        var row = joined.Kpi("joint.zjlib.network.reading-events");
        Assert.Equal(("省联合目标：未成年人读书节读书活动", "events", "场"), (row.Name, row.LeadDivision, row.Target.Unit));
        Assert.Equal(new JointContribution("zjlib", Events), row.ContributesTo);
        Assert.Null(row.TargetFor("events"));                                        // a part of the province's target, not one of its own
        Assert.Equal("lending", withoutEvents.Kpi("joint.zjlib.network.reading-events").LeadDivision);
        Assert.DoesNotContain("joint.", PlanFile.Serialize(joined));                 // derived, never stored
        Assert.Same(county, JointRows.WithContributions(county, [("zjlib", "province", PlanFile.Parse(WithJoint("{ \"level\": \"city\" }")))], "xh-lib", "county"));
    }
}
