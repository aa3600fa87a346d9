namespace Portal.Domain.Plans;

/// <summary>A numeric annual target of the plan, linked to the item it comes from.</summary>
public sealed class Kpi
{
    private readonly Pace _pace;

    public Kpi(string code, string name, string itemCode, string sectionCode, Target target, Aggregation aggregation,
        string leadDivision, IReadOnlyDictionary<string, double>? divisionTargets = null,
        IReadOnlyList<double>? seasonality = null, bool fractional = false, double? opening = null, string? previous = null,
        int? retiredFrom = null, JointTarget? joint = null, JointContribution? contributesTo = null)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainException(PlanText.Text["Kpi.EmptyCode"], "code");
        Code = code;
        Name = name;
        ItemCode = itemCode;
        SectionCode = sectionCode;
        Target = target;
        Aggregation = aggregation;
        LeadDivision = leadDivision;
        DivisionTargets = divisionTargets ?? new Dictionary<string, double>();
        Seasonality = seasonality;
        Fractional = fractional;
        if (opening is { } o && (!double.IsFinite(o) || o < 0 || o >= target.Value))
            throw new DomainException(PlanText.Text.Format("Kpi.Opening", code, o, target.Value), "opening");
        if (opening is not null && aggregation != Aggregation.Stock)
            throw new DomainException(PlanText.Text.Format("Kpi.OpeningOnFlow", code), "opening");
        Opening = opening;
        Previous = string.IsNullOrWhiteSpace(previous) ? null : previous;
        if (retiredFrom is < 1 or > 12)
            throw new DomainException(PlanText.Text.Format("Kpi.RetiredFrom", code, retiredFrom), "retiredFrom");
        RetiredFrom = retiredFrom;
        _pace = Pace.From(seasonality, code);
        // A joint total adds the contributions month by month; levels of a stock held by different libraries do not add up.
        if (joint is not null && aggregation != Aggregation.Flow)
            throw new DomainException(PlanText.Text.Format("Joint.Stock", code), "joint");
        Joint = joint;
        ContributesTo = contributesTo;
    }

    public string Code { get; }
    public string Name { get; }
    public string ItemCode { get; }
    public string SectionCode { get; }
    public Target Target { get; }
    public Aggregation Aggregation { get; }
    public string LeadDivision { get; }

    /// <summary>Optional split of the target among divisions; empty when the lead division carries it all.</summary>
    public IReadOnlyDictionary<string, double> DivisionTargets { get; }

    /// <summary>Twelve monthly weights, or null for a linear pace.</summary>
    public IReadOnlyList<double>? Seasonality { get; }

    /// <summary>Whether figures may have decimals (GB); counts must be whole numbers.</summary>
    public bool Fractional { get; }

    /// <summary>A stock KPI's level at the start of the year (e.g. 270,000 cards held before 2013); null when unknown.</summary>
    public double? Opening { get; }

    /// <summary>The code of last year's KPI that this one continues (for year-over-year comparison); null when new.</summary>
    public string? Previous { get; }

    /// <summary>
    /// The month from which the KPI is retired: it keeps its figures and history, takes no new figures from then on,
    /// and no longer counts in section and division rollups evaluated at or after it (ADR 014). Null while active.
    /// </summary>
    public int? RetiredFrom { get; }

    /// <summary>The libraries below that carry this KPI with the plan's own library (ADR 043); null for a KPI of its own.</summary>
    public JointTarget? Joint { get; }

    /// <summary>Set on a contributing library's derived KPI: the joint target it is a part of (ADR 043).</summary>
    public JointContribution? ContributesTo { get; }

    public bool IsRetiredAt(int month) => RetiredFrom is { } r && month >= r;

    public bool IsSplit => DivisionTargets.Count > 0;

    /// <summary>The share of the year's work expected to be done by the end of month m (0 before the year).</summary>
    public double PaceAt(int month) => _pace.At(month);

    /// <summary>What should be done by the end of month m: the target (or a division's part of it) × pace.</summary>
    public double ExpectedAt(int month, double? target = null) => _pace.Expected(target ?? Target.Value, month);

    /// <summary>A flow actual scaled up to the year at the pace so far; null while nothing is expected yet.</summary>
    public double? ProjectYearEnd(double actual, int month) => _pace.YearEnd(actual, month);

    /// <summary>A computed quantity (a forecast) in the KPI's own precision: whole numbers unless it is fractional.</summary>
    public double Round(double value) => Fractional ? Math.Round(value, 2, MidpointRounding.AwayFromZero) : Math.Round(value, MidpointRounding.AwayFromZero);

    /// <summary>A copy with some parts changed (a plan edit); the constructor checks the result like any KPI.</summary>
    public Kpi Revise(Target? target = null, string? lead = null, IReadOnlyDictionary<string, double>? divisionTargets = null,
        int? retiredFrom = null, double? opening = null) =>
        new(Code, Name, ItemCode, SectionCode, target ?? Target, Aggregation, lead ?? LeadDivision, divisionTargets ?? DivisionTargets,
            Seasonality, Fractional, opening ?? Opening, Previous, retiredFrom ?? RetiredFrom, Joint, ContributesTo);

    /// <summary>A copy that is, or (null) no longer is, a joint target.</summary>
    public Kpi WithJoint(JointTarget? joint) =>
        new(Code, Name, ItemCode, SectionCode, Target, Aggregation, LeadDivision, DivisionTargets, Seasonality, Fractional, Opening, Previous,
            RetiredFrom, joint, ContributesTo);

    /// <summary>The target a division carries for this KPI, or null when it only contributes.</summary>
    public double? TargetFor(string division) =>
        ContributesTo is not null ? null  // a contribution is a part of the joint target above, not a target of its own (ADR 043)
        : IsSplit ? (DivisionTargets.TryGetValue(division, out var t) ? t : null)
                : (division == LeadDivision ? Target.Value : null);
}
