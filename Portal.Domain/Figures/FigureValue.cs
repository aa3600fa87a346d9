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
            throw new DomainException("数值必须是有限的数字，不能是 NaN 或无穷大。", "value");
        if (value < 0)
            throw new DomainException($"数值不能为负数，收到的是 {value}。请填写 0 或正数。", "value");
        if (value > Max)
            throw new DomainException($"数值 {value:G} 过大，超过了 1 万亿，不可能是一个月的实际数。请检查是否多输了几个 0。", "value");
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
