using System.Text.RegularExpressions;
using Portal.Domain.Plans;

namespace Portal.Domain.PlanDrafts;

/// <summary>
/// Everything that keeps a draft from becoming a plan, each said in Chinese next to its field. A draft with no issue
/// is also parsed as a plan file, so that whatever the domain would refuse is found here and not at publishing.
/// </summary>
public static partial class DraftValidator
{
    private const double SplitTolerance = 1e-6;

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex CodePattern();

    /// <param name="existingYears">The plan years already published.</param>
    /// <param name="lastYear">The plan the targets' "previous" links point into.</param>
    public static IReadOnlyList<DraftIssue> Validate(PlanDraft draft, IReadOnlyCollection<int> existingYears, Plan? lastYear)
    {
        var issues = new List<DraftIssue>();
        Header(draft, existingYears, issues);
        var divisions = Divisions(draft, issues);
        var items = Sections(draft, divisions, issues);
        foreach (var t in draft.Targets) Target(t, draft, items, divisions, lastYear, issues);
        if (issues.Count == 0)
        {
            try
            {
                PlanFile.Parse(DraftPlanFile.Json(draft));
            }
            catch (DomainException e)
            {
                issues.Add(new DraftIssue(e.Field ?? "plan", e.Message));
            }
        }
        return issues;
    }

    private static void Header(PlanDraft draft, IReadOnlyCollection<int> existingYears, List<DraftIssue> issues)
    {
        if (draft.Year is not { } year || year is < 1900 or > 2200)
            issues.Add(new("year", "请填写计划年度（四位数字，例如 2014）。"));
        else if (existingYears.Contains(year))
            issues.Add(new("year", $"{year} 年的计划已经发布过，不能再发布一次。请改成新的年度，或在已发布的计划中修改。"));
        if (string.IsNullOrWhiteSpace(draft.Title))
            issues.Add(new("title", "请填写计划标题，例如“浙江图书馆 2014 年工作要点”。"));
    }

    private static HashSet<string> Divisions(PlanDraft draft, List<DraftIssue> issues)
    {
        if (draft.Divisions.Count == 0) issues.Add(new("divisions", "新计划还没有部门。请添加至少一个部门（或从上年复制）。"));
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in draft.Divisions)
        {
            if (!CodePattern().IsMatch(d.Code))
                issues.Add(new("divisions", $"部门“{d.Name}”的代码“{d.Code}”无效：只能用小写字母、数字、点和连字符，例如 reader-services。"));
            else if (!codes.Add(d.Code))
                issues.Add(new("divisions", $"部门代码“{d.Code}”重复。每个部门的代码必须不同。"));
            if (string.IsNullOrWhiteSpace(d.Name))
                issues.Add(new("divisions", $"部门 {d.Code} 没有名称。请填写部门名称。"));
        }
        return codes;
    }

    private static HashSet<string> Sections(PlanDraft draft, HashSet<string> divisions, List<DraftIssue> issues)
    {
        if (draft.Sections.Count == 0) issues.Add(new("sections", "草稿还没有章节和条目。请在原文中选中章节标题和条目添加。"));
        var sections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in draft.AllSections())
        {
            if (string.IsNullOrWhiteSpace(s.Code)) issues.Add(new("sections", $"章节“{s.Title}”没有编号。"));
            else if (!sections.Add(s.Code)) issues.Add(new("sections", $"章节编号“{s.Code}”重复。"));
        }
        var items = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in draft.AllItems())
        {
            if (string.IsNullOrWhiteSpace(i.Code)) issues.Add(new("sections", "有条目没有编号。请填写条目编号，例如 三.2。"));
            else if (!items.Add(i.Code)) issues.Add(new("sections", $"条目编号“{i.Code}”重复。"));
            if (i.Owner is { Length: > 0 } owner && !divisions.Contains(owner))
                issues.Add(new("sections", $"条目 {i.Code} 的负责部门“{owner}”不在新计划的部门中。"));
        }
        return items;
    }

    private static void Target(DraftTarget t, PlanDraft draft, HashSet<string> items, HashSet<string> divisions, Plan? lastYear, List<DraftIssue> issues)
    {
        var label = string.IsNullOrWhiteSpace(t.Name) ? t.Code : t.Name;
        void Add(string field, string message) => issues.Add(new(field, message, t.Id));

        if (string.IsNullOrWhiteSpace(t.Code)) Add("code", "请填写指标代码，例如 circulation.loans。");
        else if (!CodePattern().IsMatch(t.Code)) Add("code", $"指标代码“{t.Code}”无效：只能用小写字母、数字、点和连字符，例如 circulation.loans。");
        else if (draft.Targets.Count(o => o.Code == t.Code) > 1) Add("code", $"指标代码“{t.Code}”重复。每个指标的代码必须不同。");
        if (string.IsNullOrWhiteSpace(t.Name)) Add("name", "请填写指标名称。");
        if (!items.Contains(t.Item)) Add("item", string.IsNullOrEmpty(t.Item) ? "请选择指标所属的条目。" : $"指标所属的条目“{t.Item}”不在草稿中。请重新选择条目。");
        Value(t, label, Add);
        if (string.IsNullOrWhiteSpace(t.Unit)) Add("unit", $"指标“{label}”缺少计量单位。请填写单位，例如 种、册次、场。");
        if (t.Aggregation == Aggregations.Stock && t.Period != Periods.Year)
            Add("period", $"存量指标“{label}”是年末达到的水平，不能按月、季或周计。请把周期改为“全年”，或改为累加型。");
        Opening(t, label, Add);
        if (string.IsNullOrWhiteSpace(t.Lead)) Add("lead", $"指标“{label}”没有牵头部门。请选择牵头部门。");
        else if (!divisions.Contains(t.Lead)) Add("lead", $"指标“{label}”的牵头部门“{t.Lead}”不在新计划的部门中。请重新选择。");
        Split(t, label, divisions, Add);
        Seasonality(t, label, Add);
        Previous(t, draft, lastYear, label, Add);
    }

    private static void Value(DraftTarget t, string label, Action<string, string> add)
    {
        if (t.Value is not { } v || !double.IsFinite(v) || v <= 0) { add("value", $"指标“{label}”的目标值必须是大于 0 的数字。"); return; }
        if (t.Qualifier == Qualifiers.AtMost)
            add("qualifier", $"“{label}”是“不超过”型上限：门户按“越多越好”计算完成率，无法跟踪上限。请删除此指标，或确认它其实是要达到的目标并改为“目标值”。");
        if (t.Qualifier != Qualifiers.Range) return;
        if (t.Min is not { } min || !double.IsFinite(min) || min <= 0 || min >= v)
            add("value", $"区间目标“{label}”的下限必须大于 0 且小于上限 {v:0.##}。");
        else if (t.RangeBound is null)
            add("qualifier", $"“{label}”是区间目标 {min:0.##}—{v:0.##}{t.Unit}。请选择按下限 {min:0.##}（不少于）还是上限 {v:0.##}（力争）跟踪。");
    }

    private static void Opening(DraftTarget t, string label, Action<string, string> add)
    {
        if (t.Opening is not { } o) return;
        if (t.Aggregation != Aggregations.Stock) add("opening", $"“{label}”是累加型指标，没有期初值。请清空期初值，或改为存量指标。");
        else if (!double.IsFinite(o) || o < 0 || (t.AnnualTarget is { } target && o >= target))
            add("opening", $"“{label}”的期初值必须不小于 0 且小于目标 {t.AnnualTarget:0.##}。");
    }

    private static void Split(DraftTarget t, string label, HashSet<string> divisions, Action<string, string> add)
    {
        if (t.Split.Count == 0) return;
        foreach (var s in t.Split)
        {
            if (!divisions.Contains(s.Division)) add("split", $"“{label}”的分解中，部门“{s.Division}”不在新计划的部门中。");
            if (s.Target is not { } v || !double.IsFinite(v) || v < 0) add("split", $"“{label}”给部门 {s.Division} 的分解目标必须是不小于 0 的数字。");
        }
        if (t.Split.GroupBy(s => s.Division).Any(g => g.Count() > 1)) add("split", $"“{label}”的分解中同一部门出现了两次。");
        if (t.AnnualTarget is { } target && Math.Abs(t.SplitTotal - target) > SplitTolerance * Math.Max(1, target))
            add("split", $"“{label}”分解到各部门的合计 {t.SplitTotal:#,##0.##} 与全年目标 {target:#,##0.##} 不符（差 {target - t.SplitTotal:#,##0.##}）。请调整各部门的分解目标。");
    }

    private static void Seasonality(DraftTarget t, string label, Action<string, string> add)
    {
        if (t.Seasonality is not { } w) return;
        if (w.Count != 12) add("seasonality", $"“{label}”的月度权重必须正好 12 个（每月一个），现在是 {w.Count} 个。");
        else if (w.Any(x => !double.IsFinite(x) || x < 0) || w.Sum() <= 0) add("seasonality", $"“{label}”的月度权重不能为负，且合计必须大于 0。");
    }

    private static void Previous(DraftTarget t, PlanDraft draft, Plan? lastYear, string label, Action<string, string> add)
    {
        if (t.Previous is null) return;
        if (lastYear is null || !lastYear.HasKpi(t.Previous))
            add("previous", $"“{label}”接续的上年指标“{t.Previous}”不存在。请重新选择或取消接续。");
        else if (draft.Targets.Count(o => o.Previous == t.Previous) > 1)
            add("previous", $"上年指标“{lastYear.Kpi(t.Previous).Name}”被多个新指标接续。一个上年指标只能由一个新指标接续。");
    }
}
