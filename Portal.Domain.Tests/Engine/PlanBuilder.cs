using Portal.Domain.Plans;

namespace Portal.Domain.Tests.Engine;

/// <summary>
/// Builds small plans in code: each KPI gets its own numbered item in its section, so a test states only what
/// it is about (target, qualifier, aggregation, split, seasonality).
/// </summary>
public sealed class PlanBuilder
{
    private readonly List<Division> _divisions = [];
    private readonly List<(string Code, string Title, string? Parent)> _sections = [];
    private readonly Dictionary<string, List<PlanItem>> _items = [];
    private readonly List<Kpi> _kpis = [];

    public PlanBuilder Division(string code, string name)
    {
        _divisions.Add(new Division(code, name));
        return this;
    }

    public PlanBuilder Section(string code, string title, string? parent = null)
    {
        _sections.Add((code, title, parent));
        _items[code] = [];
        return this;
    }

    /// <summary>A numbered task with no KPI, as most of the plan's items are.</summary>
    public PlanBuilder Item(string section, string text)
    {
        var items = _items[section];
        items.Add(new PlanItem($"{section}.{items.Count + 1}", section, items.Count + 1, text, null));
        return this;
    }

    public PlanBuilder Kpi(string code, string name, string section, double target, string unit, string lead,
        Qualifier qualifier = Qualifier.Target, Aggregation aggregation = Aggregation.Flow,
        Dictionary<string, double>? split = null, double[]? seasonality = null, bool fractional = false,
        double? opening = null, string? previous = null)
    {
        Item(section, name);
        var item = _items[section][^1].Code;
        _kpis.Add(new Kpi(code, name, item, section, new Target(target, unit, qualifier), aggregation, lead,
            split, seasonality, fractional, opening, previous));
        return this;
    }

    public Plan Build(int year = 2013) =>
        new(year, $"测试计划 {year}", _sections.Select(s => new Section(s.Code, s.Title, s.Parent, _items[s.Code])).ToList(),
            _kpis, _divisions);
}
