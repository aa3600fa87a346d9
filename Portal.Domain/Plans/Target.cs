namespace Portal.Domain.Plans;

/// <summary>An annual target as the plan states it: 约 600 GB, 100万册次以上, 12 场.</summary>
public sealed record Target
{
    public Target(double value, string unit, Qualifier qualifier)
    {
        if (!double.IsFinite(value) || value <= 0)
            throw new DomainException($"目标值必须是大于 0 的数字，收到的是 {value}。", "target");
        if (string.IsNullOrWhiteSpace(unit))
            throw new DomainException("目标必须有计量单位。", "unit");
        Value = value;
        Unit = unit;
        Qualifier = qualifier;
    }

    public double Value { get; }
    public string Unit { get; }
    public Qualifier Qualifier { get; }
}
