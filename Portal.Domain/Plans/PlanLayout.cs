namespace Portal.Domain.Plans;

/// <summary>
/// The plan's structure resolved to indices once, for the engine's hot path: which KPIs and KPI-less items each
/// section covers (a top-level section includes its sub-sections) and which target each division carries for each KPI.
/// </summary>
internal sealed class PlanLayout
{
    private readonly double[] _targets;  // [k, d]; NaN = the division carries no target for the KPI
    private readonly int _divisions;

    public PlanLayout(Plan plan)
    {
        _divisions = plan.Divisions.Count;
        _targets = new double[plan.Kpis.Count * _divisions];
        for (var k = 0; k < plan.Kpis.Count; k++)
            for (var d = 0; d < _divisions; d++)
                _targets[k * _divisions + d] = plan.Kpis[k].TargetFor(plan.Divisions[d].Code) ?? double.NaN;
        var scopes = plan.Sections.Select(s => plan.SectionScope(s.Code)).ToArray();
        SectionKpis = scopes.Select(scope =>
            Enumerable.Range(0, plan.Kpis.Count).Where(k => scope.Contains(plan.Kpis[k].SectionCode)).ToArray()).ToArray();
        var measured = plan.Kpis.Select(k => k.ItemCode).ToHashSet();
        SectionTasks = scopes.Select(scope =>
            plan.Items.Where(i => scope.Contains(i.SectionCode) && !measured.Contains(i.Code)).Select(i => i.Code).ToArray()).ToArray();
    }

    /// <summary>Per section (in plan order), the indices of the KPIs it covers.</summary>
    public int[][] SectionKpis { get; }

    /// <summary>Per section (in plan order), the codes of the items it covers that have no KPI, in plan order.</summary>
    public string[][] SectionTasks { get; }

    /// <summary>The division's target for the KPI, or NaN when it only contributes.</summary>
    public double Target(int k, int d) => _targets[k * _divisions + d];
}
