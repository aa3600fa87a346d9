namespace Portal.Plans.Editing;

/// <summary>What became of an edit: saved at <see cref="Version"/>, or refused with a Chinese message (Stale: someone edited first).</summary>
public sealed record PlanEditOutcome(int Version, string? Error, bool Stale = false)
{
    public bool Ok => Error is null;

    public static PlanEditOutcome Refused(string error) => new(0, error);
}
