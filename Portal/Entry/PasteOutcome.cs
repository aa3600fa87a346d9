namespace Portal.Entry;

/// <summary>What a pasted column did: <see cref="Left"/> values found no row below, or, when
/// <see cref="OnRetired"/> is set, nothing was filled in because a value met a retired KPI's row.</summary>
public sealed record PasteOutcome(int Left, PasteOnRetired? OnRetired)
{
    /// <summary>Every value found its row and was taken: nothing to tell the user.</summary>
    public bool Complete => Left == 0 && OnRetired is null;
}

/// <summary>The pasted line (from 1) whose value met the row of the retired KPI <paramref name="Kpi"/>.</summary>
public sealed record PasteOnRetired(int Line, string Value, string Kpi);
