using Portal.Domain.PlanImport;

namespace Portal.Domain.Tests.PlanImport;

/// <summary>Which rule turns a quantity down, on the first quantity of a sentence of a 2015 plan.</summary>
public sealed class DistractorTests
{
    private static string? ReasonFor(string sentence) =>
        Distractors.Reason(sentence, QuantityScanner.Scan(sentence)[0], planYear: 2015);

    [Theory]
    [InlineData("迎接第五次评估。", "ordinal")]
    [InlineData("建设一批示范点。", "article")]
    [InlineData("完成二期工程。", "phase")]
    [InlineData("咨询电话 8798 个。", "phone")]
    [InlineData("全县现有18个乡镇。", "existing")]
    [InlineData("已建成分馆 12个。", "existing")]
    [InlineData("为全市 11 个区县配送图书。", "existing")]
    [InlineData("2014年接待读者162万人次。", "past")]
    [InlineData("去年外借图书 150万册次。", "past")]
    [InlineData("新馆装修共投入资金 320万元。", "spent")]
    [InlineData("开通 24小时自助图书馆。", "attribute")]
    public void Reason_Distractor_NamesTheRule(string sentence, string reason) => Assert.Equal(reason, ReasonFor(sentence));

    [Theory]
    [InlineData("全年外借图书 55万册次以上。")]
    [InlineData("每季度召开一次例会。")]
    [InlineData("外借图书较2014年增长 10%。")]
    [InlineData("在2014年基础上新增分馆 3个。")]
    [InlineData("每周开放 84 小时。")]
    public void Reason_Target_IsNull(string sentence) => Assert.Null(ReasonFor(sentence));
}
