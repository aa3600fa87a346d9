namespace Portal.Domain.Plans;

/// <summary>
/// The share of the year's work expected by the end of each month: m/12, or the running share of seasonal weights.
/// Keeps the running weights and their total apart and multiplies before dividing, so that whole-number results
/// come out exact: 840 × 7 / 12 is 490, where 840 × (7/12) is 490.00000000000006 and would move a status boundary.
/// </summary>
internal sealed class Pace
{
    private static readonly double[] Linear = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    private readonly double[] _running;
    private readonly double _total;

    private Pace(double[] running)
    {
        _running = running;
        _total = running[^1];
    }

    public static Pace From(IReadOnlyList<double>? weights, string kpi)
    {
        if (weights is null) return new Pace(Linear);
        if (weights.Count != 12)
            throw new DomainException(PlanText.Text.Format("Pace.TwelveWeights", kpi, weights.Count), "seasonality");
        var running = new double[12];
        var sum = 0.0;
        for (var m = 0; m < 12; m++)
        {
            var w = weights[m];
            if (!double.IsFinite(w) || w < 0)
                throw new DomainException(PlanText.Text.Format("Pace.NegativeWeight", kpi), "seasonality");
            running[m] = sum += w;
        }
        if (sum <= 0) throw new DomainException(PlanText.Text.Format("Pace.ZeroSum", kpi), "seasonality");
        return new Pace(running);
    }

    /// <summary>0 before the year, 1 once all the weights are used up (December at the latest).</summary>
    public double At(int month) => Running(month) / _total;

    /// <summary>target × pace(m), computed as target × running / total; exactly the target once the year is due.</summary>
    public double Expected(double target, int month)
    {
        var running = Running(month);
        return running == _total ? target : target * running / _total;
    }

    /// <summary>actual / pace(m), computed as actual × total / running; null while nothing is expected yet.</summary>
    public double? YearEnd(double actual, int month)
    {
        var running = Running(month);
        return running <= 0 ? null : running == _total ? actual : actual * _total / running;
    }

    private double Running(int month) => month <= 0 ? 0 : _running[Math.Min(month, 12) - 1];
}
