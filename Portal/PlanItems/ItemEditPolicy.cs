using System.Security.Claims;
using Portal.Domain.Plans;
using Portal.Plans;

namespace Portal.PlanItems;

/// <summary>
/// Who may change a task's progress: the owner division. Accounts do not exist yet, so everyone may for now; this is
/// the one place where "is the user in the owner division" goes, used by the service (refusal) and the page (buttons).
/// </summary>
public sealed class ItemEditPolicy
{
    public bool CanEdit(ClaimsPrincipal? user, TrackedItem item) => true;

    public string Refusal(Plan plan, TrackedItem item) =>
        $"只有负责部门（{(plan.HasDivision(item.Owner) ? plan.Division(item.Owner).Name : item.Owner)}）可以修改任务 {item.ItemCode} 的进度。";
}
