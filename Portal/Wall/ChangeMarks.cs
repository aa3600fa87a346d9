using Portal.Domain.Engine;

namespace Portal.Wall;

/// <summary>
/// Counts, per value on the wall, how often it changed while the page was open. A value is rendered with its
/// count as <c>@key</c>, so a change re-creates the element and its highlight animation plays once.
/// Compares evaluations rather than the feed's change list, because the feed coalesces bursts.
/// </summary>
public sealed class ChangeMarks
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Kpi(string code) => _counts.GetValueOrDefault("k:" + code);
    public int Section(string code) => _counts.GetValueOrDefault("s:" + code);
    public int Division(string code) => _counts.GetValueOrDefault("d:" + code);

    public void Compare(PlanEvaluation before, PlanEvaluation after)
    {
        if (!ReferenceEquals(before.Plan, after.Plan)) return;
        for (var i = 0; i < after.Kpis.Count; i++)
            if (before.Kpis[i].Actual != after.Kpis[i].Actual || before.Kpis[i].Status != after.Kpis[i].Status)
                Bump("k:" + after.Kpis[i].Kpi.Code);
        for (var i = 0; i < after.Sections.Count; i++)
            if (!Same(before.Sections[i].Completion, after.Sections[i].Completion)) Bump("s:" + after.Sections[i].Section.Code);
        for (var i = 0; i < after.Divisions.Count; i++)
            if (!Same(before.Divisions[i].Completion, after.Divisions[i].Completion)) Bump("d:" + after.Divisions[i].Division.Code);
    }

    private void Bump(string key) => _counts[key] = _counts.GetValueOrDefault(key) + 1;

    private static bool Same(double? a, double? b) => a == b || (a is { } x && b is { } y && double.IsNaN(x) && double.IsNaN(y));
}
