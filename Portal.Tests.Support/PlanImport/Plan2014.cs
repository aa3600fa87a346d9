using Portal.Domain.PlanImport;

namespace Portal.Tests.Support.PlanImport;

/// <summary>
/// A short 2014 plan in the style of the 2013 seed, and what an extractor reads from it, built by hand (the review
/// page is tested on this, not on the extractor): per-month, range, at-most and stock targets among plain ones.
/// </summary>
public static class Plan2014
{
    public const string Text = """
        浙江图书馆 2014 年工作要点

        一、提升读者服务水平
        1. 深化免费开放，优化借阅服务。外借文献 110万册次以上，新办读者证 2.2万张，年末持证读者达到 31万张。
        2. 加强阅读推广。举办中、高端讲座 15场，编印《文澜导读》每月2期。
        3. 拓展流动服务，新建分馆和流通站 8—10家，读者投诉不超过 5件。

        二、加强文献资源建设
        1. 年采集地方文献 2000种，其中省内各类各级年鉴 220种以上。
        2. 推进古籍保护，完成古籍修复（中度损坏）9500页。
        """;

    public static ExtractedPlan Extracted() => new("浙江图书馆 2014 年工作要点", 2014,
        [
            new("一", "提升读者服务水平",
            [
                new("一.1", "深化免费开放，优化借阅服务。外借文献 110万册次以上，新办读者证 2.2万张，年末持证读者达到 31万张。"),
                new("一.2", "加强阅读推广。举办中、高端讲座 15场，编印《文澜导读》每月2期。"),
                new("一.3", "拓展流动服务，新建分馆和流通站 8—10家，读者投诉不超过 5件。"),
            ], []),
            new("二", "加强文献资源建设",
            [
                new("二.1", "年采集地方文献 2000种，其中省内各类各级年鉴 220种以上。"),
                new("二.2", "推进古籍保护，完成古籍修复（中度损坏）9500页。"),
            ], []),
        ],
        [
            Target("一.1", "外借文献 110万册次以上", 1_100_000, "册次", "at-least", "外借文献"),
            Target("一.1", "新办读者证 2.2万张", 22_000, "张", "target", "新办读者证"),
            Target("一.1", "年末持证读者达到 31万张", 310_000, "张", "target", "累计办理读者证", aggregation: "stock"),
            Target("一.2", "举办中、高端讲座 15场", 15, "场", "target", "中、高端讲座"),
            Target("一.2", "每月2期", 2, "期", "target", "编印《文澜导读》", period: "month"),
            Target("一.3", "新建分馆和流通站 8—10家", 10, "家", "range", "新建分馆和流通站", min: 8),
            Target("一.3", "读者投诉不超过 5件", 5, "件", "at-most", "读者投诉"),
            Target("二.1", "年采集地方文献 2000种", 2000, "种", "target", "采集地方文献"),
            Target("二.1", "其中省内各类各级年鉴 220种以上", 220, "种", "at-least", "其中省内各类各级年鉴"),
            Target("二.2", "完成古籍修复（中度损坏）9500页", 9500, "页", "target", "古籍修复（中度损坏）"),
        ]) { Text = Text };

    private static ExtractedTarget Target(string item, string quote, double value, string unit, string qualifier, string name,
        string period = "year", string aggregation = "flow", double? min = null) =>
        new(item, quote, value, unit, qualifier, min, period, aggregation, name) { Offset = Text.IndexOf(quote, StringComparison.Ordinal) };
}
