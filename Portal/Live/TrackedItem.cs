using Portal.Data.Entities;
using Portal.Domain.Plans;
using Portal.Domain.Progress;

namespace Portal.Live;

/// <summary>
/// A task's progress as the live state holds it: the domain progress, the owner division, and who changed it last.
/// Version 0 means nobody has reported on it yet.
/// </summary>
public sealed record TrackedItem(ItemProgress Progress, string Owner, int Version, string? UpdatedBy, DateTimeOffset? UpdatedAt)
{
    public string ItemCode => Progress.ItemCode;

    /// <summary>An item nobody has reported on: not started, owned by the division the plan names.</summary>
    public static TrackedItem Unreported(PlanItem item) =>
        new(ItemProgress.NotStarted(item.Code), item.OwnerDivision ?? "", 0, null, null);

    /// <summary>A task's progress as stored.</summary>
    public static TrackedItem From(ItemProgressRecord r) =>
        new(new ItemProgress(r.ItemCode, r.Status, r.Percent, r.Note), r.Owner, r.Version, r.UpdatedBy, r.UpdatedAt);
}
