namespace Portal.Domain.PlanImport;

/// <summary>The period a target counts over: 每月/月均 → month, 每季度 → quarter, 每周 → week, else the year.</summary>
public static class Periods
{
    private static readonly (string Word, string Period)[] Markers =
    [
        ("每个月", "month"), ("每月", "month"), ("月均", "month"), ("每季度", "quarter"), ("每个季度", "quarter"),
        ("每季", "quarter"), ("季均", "quarter"), ("每周", "week"), ("周均", "week"), ("每星期", "week"),
    ];

    /// <summary>The period named in <paramref name="clause"/> (the last one written), or null for none.</summary>
    public static string? Marker(string clause)
    {
        string? found = null;
        var at = -1;
        foreach (var (word, period) in Markers)
        {
            var i = clause.LastIndexOf(word, StringComparison.Ordinal);
            if (i > at)
            {
                at = i;
                found = period;
            }
        }
        return found;
    }
}
