using Portal.Domain.Plans;

namespace Portal.Domain.Figures;

public static class FigureValue
{
    /// <summary>
    /// A trillion: no month of any library KPI comes near it (Zhejiang's largest, loans, is about a million a year),
    /// while a value beyond it is a typo or a test of the system, and beyond 2^53 a double no longer holds whole numbers.
    /// </summary>
    public const double Max = 1e12;

    public static double Require(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new DomainException(FigureText.Text["Value.NotFinite"], "value");
        if (value < 0)
            throw new DomainException(FigureText.Text.Format("Value.Negative", value), "value");
        if (value > Max)
            throw new DomainException(FigureText.Text.Format("Value.TooLarge", value), "value");
        return value;
    }

    /// <summary>Checks a value against the KPI: counts must be whole numbers, GB may have decimals.</summary>
    public static double Require(Kpi kpi, double value)
    {
        Require(value);
        if (!kpi.Fractional && value != Math.Floor(value))
            throw new DomainException(FigureText.Text.Format("Value.NotWhole", kpi.Name, kpi.Target.Unit, value), "value");
        return value;
    }
}
