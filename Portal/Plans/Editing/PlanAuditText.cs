using Portal.Data.Entities;

namespace Portal.Plans.Editing;

/// <summary>How a plan audit record reads for people: the action's name and "old → new".</summary>
public static class PlanAuditText
{
    public static string ActionName(string action) => action switch
    {
        PlanPublisher.Action => PlanMessages.Text["Action.publish"],
        "replace" => PlanMessages.Text["Action.replace"],
        "kpi-target" => PlanMessages.Text["Action.kpi-target"],
        "kpi-add" => PlanMessages.Text["Action.kpi-add"],
        "kpi-retire" => PlanMessages.Text["Action.kpi-retire"],
        "kpi-remove" => PlanMessages.Text["Action.kpi-remove"],
        "kpi-joint" => PlanMessages.Text["Action.kpi-joint"],
        "item-move" => PlanMessages.Text["Action.item-move"],
        "division-add" => PlanMessages.Text["Action.division-add"],
        "division-rename" => PlanMessages.Text["Action.division-rename"],
        "division-retire" => PlanMessages.Text["Action.division-retire"],
        "division-remove" => PlanMessages.Text["Action.division-remove"],
        _ => action,
    };

    public static string Describe(PlanAudit a) =>
        PlanMessages.Text.Format("Audit.Describe", ActionName(a.Action), a.Subject, a.OldValue ?? "—", a.NewValue ?? "—", a.Reason);
}
