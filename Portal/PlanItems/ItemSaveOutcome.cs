using Portal.Live;
using Portal.Plans;

namespace Portal.PlanItems;

/// <summary>A field-level refusal (status, percent, note, owner, item) with a message a person can act on.</summary>
public sealed record ItemError(string Field, string Message);

/// <summary>
/// Saved: the item as stored now. Errors: nothing was written. Conflict: someone else changed the item after the
/// writer loaded it; nothing was written and Conflict holds the item as it is now (who, what, when).
/// </summary>
public sealed record ItemSaveOutcome(TrackedItem? Saved, IReadOnlyList<ItemError> Errors, TrackedItem? Conflict)
{
    public bool Ok => Saved is not null;

    /// <summary>The writer may not make this change (shown as the item's error); nothing was written.</summary>
    public bool Forbidden { get; init; }

    public static ItemSaveOutcome Refused(string message) => Invalid("item", message) with { Forbidden = true };

    public static ItemSaveOutcome Invalid(string field, string message) => new(null, [new(field, message)], null);
    public static ItemSaveOutcome Stale(TrackedItem current) => new(null, [], current);
}
