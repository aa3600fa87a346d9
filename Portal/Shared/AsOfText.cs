using Microsoft.Extensions.Localization;
using Portal.Domain.Engine;
using Portal.Resources;

namespace Portal.Shared;

/// <summary>
/// The as-of month as pages say it (ADR 026): 截至 3 月 · 各部门已报齐 for a complete month, 截至 4 月 · 1/13 部门已报 for
/// a month some divisions still owe, and plain 截至 3 月 when the evaluation has no reporting coverage.
/// </summary>
public static class AsOfText
{
    public static string Label(PlanEvaluation evaluation, IStringLocalizer<SharedText> text) =>
        evaluation.Coverage?.In(evaluation.AsOf) is { Owing: > 0 } c
            ? c.Complete ? text["AsOfComplete", evaluation.AsOf] : text["AsOf", evaluation.AsOf] + " · " + Count(c, text)
            : text["AsOf", evaluation.AsOf];

    /// <summary>A month some owing divisions have not reported yet, for the month pickers: 4 月 · 1/13 部门已报; null otherwise.</summary>
    public static string? Coverage(PlanEvaluation evaluation, int month, IStringLocalizer<SharedText> text) =>
        evaluation.Coverage?.In(month) is { Owing: > 0, Complete: false } c && (c.Started > 0 || month <= evaluation.LatestMonth)
            ? text["MonthCoverage", month, Count(c, text)].Value : null;

    /// <summary>
    /// 1/13 部门已报 counts the divisions that have begun the month; once every one has begun but some still owe a
    /// figure, 12/13 部门已报齐 counts those that have finished, so a month that is not complete never reads 13/13.
    /// </summary>
    private static string Count(MonthCoverage c, IStringLocalizer<SharedText> text) =>
        c.Started < c.Owing ? text["DivisionsBegun", c.Started, c.Owing] : text["DivisionsFinished", c.Reported, c.Owing];
}
