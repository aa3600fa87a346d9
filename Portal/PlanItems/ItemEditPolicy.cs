using System.Security.Claims;
using Portal.Accounts;
using Portal.Accounts.Acting;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans;

namespace Portal.PlanItems;

/// <summary>
/// Who may change a task's progress: Staff and TeamLead of its owner division, and admins. Directors and viewers
/// read it. The one place for this rule: the service refuses with it (for the user as they are now), the page hides
/// the editor with it. Moving a task to another division is a plan edit (an admin's, with a reason), not progress.
/// </summary>
public sealed class ItemEditPolicy
{
    public bool CanEdit(ClaimsPrincipal? user, TrackedItem item) => user is not null && user.CanWriteDivision(item.Owner);

    public string Refusal(ClaimsPrincipal user, Plan plan, TrackedItem item) =>
        Refusals.CannotWrite(user)
        ?? ItemMessages.Text.Format("Item.NotOwner", plan.HasDivision(item.Owner) ? plan.Division(item.Owner).Name : item.Owner, item.ItemCode);

    public static string MoveRefusal => ItemMessages.Text["Item.Move"];
}
