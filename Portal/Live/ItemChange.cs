namespace Portal.Live;

/// <summary>A committed change to one task's progress: the item as it is now and as it was before.</summary>
public sealed record ItemChange(int Year, TrackedItem Now, TrackedItem Before);
