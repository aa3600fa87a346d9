using Portal.Domain.Plans;

namespace Portal.Domain.Figures;

public static class FigureValue
{
    public static double Require(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new DomainException("数值必须是有限的数字，不能是 NaN 或无穷大。", "value");
        if (value < 0)
            throw new DomainException($"数值不能为负数，收到的是 {value}。请填写 0 或正数。", "value");
        return value;
    }

    /// <summary>Checks a value against the KPI: counts must be whole numbers, GB may have decimals.</summary>
    public static double Require(Kpi kpi, double value)
    {
        Require(value);
        if (!kpi.Fractional && value != Math.Floor(value))
            throw new DomainException($"“{kpi.Name}”按{kpi.Target.Unit}计数，必须是整数，收到的是 {value}。", "value");
        return value;
    }
}
