using Portal.Domain.Progress;

namespace Portal.Data.Entities;

/// <summary>
/// The stored progress of one task of the plan. Unique per plan year and item; Version guards against lost updates.
/// An item without a row has not been reported on: not started, owned by the division the plan names.
/// </summary>
public sealed class ItemProgressRecord : ILibraryOwned
{
    public int LibraryId { get; set; }
    public long Id { get; set; }
    public int Year { get; set; }
    public required string ItemCode { get; set; }
    public ItemStatus Status { get; set; }
    public int Percent { get; set; }
    public string? Note { get; set; }
    public required string Owner { get; set; }
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
