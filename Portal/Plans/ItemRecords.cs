using Portal.Data.Entities;
using Portal.Domain.Progress;
using Portal.Live;
using Portal.Plans;

namespace Portal.Plans;

/// <summary>Maps stored task progress to the live state's <see cref="TrackedItem"/> and back.</summary>
public static class ItemRecords
{
    public static TrackedItem ToTracked(ItemProgressRecord r) => TrackedItem.From(r);

    public static void Update(ItemProgressRecord r, ItemProgress progress, string owner, string by, DateTimeOffset at)
    {
        r.Status = progress.Status;
        r.Percent = progress.Percent;
        r.Note = progress.Note;
        r.Owner = owner;
        r.Version++;
        r.UpdatedAt = at;
        r.UpdatedBy = by;
    }
}
