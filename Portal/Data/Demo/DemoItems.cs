using Portal.Domain.Plans;
using Portal.Domain.Progress;

namespace Portal.Data.Demo;

/// <summary>
/// Deterministic demo progress of the 2013 tasks at the end of October: most in progress, some done, two blocked
/// with the reason, one not started yet. Items the plan does not have are skipped.
/// </summary>
public static class DemoItems
{
    public static IEnumerable<ItemProgress> For(Plan plan) =>
        DemoContent.Items.Where(r => plan.Item(r.Item) is not null).Select(r => new ItemProgress(r.Item, r.Status, r.Percent, r.Note));
}
