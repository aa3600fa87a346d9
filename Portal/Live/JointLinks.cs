using Portal.Domain.Engine;
using Portal.Domain.Plans;

namespace Portal.Live;

/// <summary>A library as the joint targets see it: its code, name, level (province / city / county) and parent.</summary>
public sealed record LibraryNode(int Id, string Code, string Name, string Level, int? ParentId);

/// <summary>
/// Joins the libraries' stores for joint targets (ADR 043): a contributor's plan gets a row of its own for each joint
/// target above it that names it (<see cref="JointRows"/>), the plan that holds the target is evaluated with the total
/// over those rows (<see cref="JointTotal"/>), and a contribution saved in one library's store makes the library above
/// evaluate again and tell its pages. Knows the tree from <see cref="SetLibraries"/>; without it nothing is joined.
/// </summary>
public sealed class JointLinks(PlanStores stores, PlanFeed feed)
{
    private volatile IReadOnlyDictionary<int, LibraryNode> _nodes = new Dictionary<int, LibraryNode>();

    /// <summary>The province's libraries, read at start-up and after each change to the tree.</summary>
    public void SetLibraries(IEnumerable<LibraryNode> libraries)
    {
        var before = _nodes;
        _nodes = libraries.ToDictionary(l => l.Id);
        // A library added (or moved) may now contribute to a plan above it.
        foreach (var store in stores.All.Where(s => !before.ContainsKey(s.Library) || before[s.Library] != _nodes.GetValueOrDefault(s.Library)))
            foreach (var state in store.Plans) store.Rejoin(state.Plan.Year);
    }

    /// <summary>The libraries below <paramref name="library"/> (not itself), parents before children.</summary>
    public IReadOnlyList<LibraryNode> Below(int library)
    {
        var nodes = _nodes;
        var children = nodes.Values.Where(n => n.ParentId is not null).OrderBy(n => n.Id).ToLookup(n => n.ParentId!.Value);
        var below = new List<LibraryNode>(children[library]);
        for (var i = 0; i < below.Count; i++) below.AddRange(children[below[i].Id]);
        return below;
    }

    private IEnumerable<LibraryNode> Above(int library)
    {
        var nodes = _nodes;
        for (var n = nodes.GetValueOrDefault(library); n?.ParentId is { } p && nodes.TryGetValue(p, out var parent); n = parent)
            yield return parent;
    }

    /// <summary>The plan with the contributions its library owes to the joint targets above it.</summary>
    public Plan Join(int library, Plan plan)
    {
        if (!_nodes.TryGetValue(library, out var node) || node.ParentId is null) return plan;
        var above = Above(library).Select(a => (a.Code, a.Level, stores.For(a.Id).Find(plan.Year)?.Plan)).Where(a => a.Plan is not null)
            .Select(a => (a.Code, a.Level, a.Plan!));
        return JointRows.WithContributions(plan, above, node.Code, node.Level);
    }

    /// <summary>Each joint target of the plan with its contributions as they stand; null when the plan has none.</summary>
    public IReadOnlyDictionary<string, JointTotal>? Totals(int library, Plan plan)
    {
        if (!plan.Kpis.Any(k => k.Joint is not null)) return null;
        var nodes = _nodes;
        var code = nodes.GetValueOrDefault(library)?.Code;
        var below = code is null ? [] : Below(library);
        return plan.Kpis.Where(k => k.Joint is not null).ToDictionary(k => k.Code, k => new JointTotal(k,
            below.Where(n => k.Joint!.Includes(n.Code, n.Level)).Select(n => Contributor(n, new JointContribution(code!, k.Code).Code, plan.Year, nodes)).ToList()));
    }

    private JointContributor Contributor(LibraryNode node, string row, int year, IReadOnlyDictionary<int, LibraryNode> nodes)
    {
        var city = node.Level == "city" ? node : node.ParentId is { } p && nodes.GetValueOrDefault(p) is { Level: "city" } c ? c : null;
        var months = stores.For(node.Id).Find(year) is { } state && state.Plan.HasKpi(row)
            ? state.Read(ledger => Enumerable.Range(1, 12).Select(m => ledger.MonthTotal(ledger.Plan.KpiIndex(row), m)).ToList())
            : Enumerable.Repeat<double?>(null, 12).ToList();
        return new JointContributor(node.Code, node.Name, city?.Code, city?.Name, months);
    }

    /// <summary>After a library's changes: contributions make the libraries above evaluate again and tell their pages.</summary>
    internal void Changed(int library, int year, IReadOnlyList<FigureChange> changes)
    {
        if (!changes.Any(c => c.Kpi.StartsWith(JointContribution.Prefix, StringComparison.Ordinal))) return;
        foreach (var above in Above(library))
        {
            if (stores.For(above.Id).Find(year) is not { } state || !state.Plan.Kpis.Any(k => k.Joint is not null)) continue;
            state.Invalidate();
            // Each instance does this for the contributions it applies, so it is not relayed.
            feed.Publish(new PlanChanged(year, []) { Library = above.Id, Origin = ChangeOrigin.OtherInstance });
        }
    }

    /// <summary>After a library's plan was published or edited: the libraries below take its joint targets as they now are.</summary>
    internal void Adopted(int library, int year)
    {
        foreach (var node in Below(library)) stores.For(node.Id).Rejoin(year);
    }
}
