using Portal.Domain.Progress;

namespace Portal.PlanItems;

/// <summary>
/// One requested change to a task's progress. Owner is null or the current owner division: moving a task to another
/// division is a plan edit (MoveItem), and a different one is refused. ExpectedVersion is the
/// version the writer saw (0: "nobody had reported on it"); a different stored version refuses the write.
/// </summary>
public sealed record ItemWrite(string ItemCode, ItemStatus Status, int Percent, string? Note, string? Owner, int ExpectedVersion);
