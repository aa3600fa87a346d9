using System.Text.Json.Nodes;
using Portal.Domain;
using Portal.Domain.Plans;
using Portal.Tests.Support.Plans;

namespace Portal.Domain.Tests.Plans;

public sealed class PlanFileRoundTripTests
{
    [Theory]
    [InlineData("plan-2013.json")]
    [InlineData("plan-2014.json")]
    public void Serialize_ParsedSeed_HoldsExactlyTheSeedsJson(string seed)
    {
        var json = seed.Contains("2013") ? PlanJsons.Seed2013 : PlanJsons.Seed2014;

        var written = PlanFile.Serialize(PlanFile.Parse(json));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Serialize_IsStable_ParseOfSerializeWritesTheSameText()
    {
        var once = PlanFile.Serialize(PlanFile.Parse(PlanJsons.Seed2014));

        Assert.Equal(once, PlanFile.Serialize(PlanFile.Parse(once)));
        Assert.Contains("\"opening\": 291000", once);
        Assert.Contains("\"previous\": \"readers.total-cards\"", once);
        Assert.Contains("“文澜讲坛”", once); // Chinese and its quotes as they are, not \u escapes
    }

    [Fact]
    public void Serialize_RetiredKpiAndDivision_RoundTrip()
    {
        var plan = PlanFile.Parse(PlanJsons.Seed2013);
        plan = PlanRevisions.RetireKpi(plan, "digital-library.mstp-lines", 7);
        plan = PlanRevisions.AddDivision(plan, "new-media", "新媒体服务部");
        plan = PlanRevisions.RetireDivision(plan, "new-media", 9);

        var back = PlanFile.Parse(PlanFile.Serialize(plan));

        Assert.Equal(7, back.Kpi("digital-library.mstp-lines").RetiredFrom);
        Assert.Equal(new Division("new-media", "新媒体服务部", 9), back.Division("new-media"));
        Assert.Null(back.Kpi("circulation.loans").RetiredFrom);
    }

    [Theory]
    [InlineData("\"lead\": \"jiayetang\"", "\"lead\": \"\"", "缺少牵头部门（lead）")]
    [InlineData("\"item\": \"三.3\"", "\"item\": \"九.9\"", "引用的条目 九.9 不存在")]
    [InlineData("\"target\": 1800,", "\"target\": -5,", "目标值必须是大于 0 的数字")]
    [InlineData("\"qualifier\": \"about\"", "\"qualifier\": \"roughly\"", "不是有效的 JSON（位置：$.kpis[2].qualifier")]
    [InlineData("\"code\": \"local-docs.yearbooks\"", "\"code\": \"local-docs.acquired\"", "指标代码“local-docs.acquired”重复")]
    public void Parse_BadFile_NamesTheFieldInChinese(string find, string replace, string expected)
    {
        var json = PlanJsons.Seed2013;
        var index = json.IndexOf(find, StringComparison.Ordinal);
        var bad = json[..index] + replace + json[(index + find.Length)..];

        var e = Assert.Throws<DomainException>(() => PlanFile.Parse(bad));

        Assert.Contains(expected, e.Message);
    }
}
