using Portal.Data.Entities;

namespace Portal.Plans.Editing;

/// <summary>How a plan audit record reads for people: the action's name and "old → new".</summary>
public static class PlanAuditText
{
    public static string ActionName(string action) => action switch
    {
        PlanPublisher.Action => "发布计划",
        "replace" => "导入替换计划",
        "kpi-target" => "修改目标",
        "kpi-add" => "新增指标",
        "kpi-retire" => "停用指标",
        "kpi-remove" => "删除指标",
        "item-move" => "移交条目",
        "division-add" => "新增部门",
        "division-rename" => "部门更名",
        "division-retire" => "停用部门",
        "division-remove" => "删除部门",
        _ => action,
    };

    public static string Describe(PlanAudit a) =>
        $"{ActionName(a.Action)} {a.Subject}（{a.OldValue ?? "—"} → {a.NewValue ?? "—"}），原因：{a.Reason}";
}
