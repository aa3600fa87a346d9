namespace Portal.Domain.Plans;

internal static class Pace
{
    /// <summary>Cumulative share of the year by month: m/12, or the running share of seasonal weights.</summary>
    public static double[] Cumulative(IReadOnlyList<double>? weights, string kpi)
    {
        var pace = new double[12];
        if (weights is null)
        {
            for (var m = 1; m <= 12; m++) pace[m - 1] = m / 12.0;
            return pace;
        }
        if (weights.Count != 12)
            throw new DomainException($"指标 {kpi} 的季节权重必须正好 12 个（每月一个），收到 {weights.Count} 个。", "seasonality");
        var total = 0.0;
        foreach (var w in weights)
        {
            if (!double.IsFinite(w) || w < 0)
                throw new DomainException($"指标 {kpi} 的季节权重不能为负数或非数字。", "seasonality");
            total += w;
        }
        if (total <= 0) throw new DomainException($"指标 {kpi} 的季节权重之和必须大于 0。", "seasonality");
        var running = 0.0;
        for (var m = 0; m < 12; m++)
        {
            running += weights[m];
            pace[m] = running / total;
        }
        pace[11] = 1.0; // guard against rounding: by December the whole year is expected
        return pace;
    }
}
