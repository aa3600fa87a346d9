namespace Portal.Domain.Plans;

/// <summary>An annual target as the plan states it: 约 600 GB, 100万册次以上, 12 场.</summary>
public sealed record Target
{
    public Target(double value, string unit, Qualifier qualifier)
    {
        if (!double.IsFinite(value) || value <= 0)
            throw new DomainException(PlanText.Text.Format("Target.NotPositive", value), "target");
        if (string.IsNullOrWhiteSpace(unit))
            throw new DomainException(PlanText.Text["Target.NoUnit"], "unit");
        Value = value;
        Unit = unit;
        Qualifier = qualifier;
    }

    public double Value { get; }
    public string Unit { get; }
    public Qualifier Qualifier { get; }
}
