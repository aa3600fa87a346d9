using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Engine;
using Portal.Domain.Plans;

namespace Portal.Live;

/// <summary>
/// Joins the libraries' stores for joint targets (ADR 043): a contributor's plan gets a row of its own for each joint
/// target above it that names it (<see cref="JointRows"/>), the plan that holds the target is evaluated with the total
/// over those rows (<see cref="JointTotal"/>), and a contribution saved in one library's store makes the library above
/// evaluate again and tell its pages. Walks the <see cref="LibraryTree"/> as last read; before that nothing is joined.
/// </summary>
public sealed class JointLinks : IDisposable
{
    private readonly PlanStores _stores;
    private readonly PlanFeed _feed;
    private readonly LibraryTree _tree;
    private readonly IDisposable _reloads;

    public JointLinks(PlanStores stores, PlanFeed feed, LibraryTree tree)
    {
        (_stores, _feed, _tree) = (stores, feed, tree);
        _reloads = tree.OnReloaded(Reloaded);
    }

    public void Dispose() => _reloads.Dispose();

    /// <summary>After each read of the tree: a library added (or moved) may now contribute to a plan above it.</summary>
    private void Reloaded(IReadOnlyList<Library> before, IReadOnlyList<Library> after)
    {
        foreach (var store in _stores.All.Where(s => Node(before, s.Library) is not { } was || was != Node(after, s.Library)))
            foreach (var state in store.Plans) store.Rejoin(state.Plan.Year);
    }

    /// <summary>What of a library the joint targets read; a change to it rejoins the library's plans.</summary>
    private static (string Code, string Name, LibraryLevel Level, int? ParentId)? Node(IReadOnlyList<Library> libraries, int id) =>
        libraries.FirstOrDefault(l => l.Id == id) is { } l ? (l.Code, l.Name, l.Level, l.ParentId) : null;

    /// <summary>The level as plan files name it in a joint target's reach (province / city / county).</summary>
    private static string LevelOf(Library library) => library.Level.ToString().ToLowerInvariant();

    /// <summary>The plan with the contributions its library owes to the joint targets above it.</summary>
    public Plan Join(int library, Plan plan)
    {
        if (_tree.Known(library) is not { ParentId: not null } node) return plan;
        var above = _tree.Above(library).Select(a => (a.Code, Level: LevelOf(a), _stores.For(a.Id).Find(plan.Year)?.Plan)).Where(a => a.Plan is not null)
            .Select(a => (a.Code, a.Level, a.Plan!));
        return JointRows.WithContributions(plan, above, node.Code, LevelOf(node));
    }

    /// <summary>Each joint target of the plan with its contributions as they stand; null when the plan has none.</summary>
    public IReadOnlyDictionary<string, JointTotal>? Totals(int library, Plan plan)
    {
        if (!plan.Kpis.Any(k => k.Joint is not null)) return null;
        var code = _tree.Known(library)?.Code;
        var below = code is null ? [] : _tree.Below(library);
        return plan.Kpis.Where(k => k.Joint is not null).ToDictionary(k => k.Code, k => new JointTotal(k,
            below.Where(n => k.Joint!.Includes(n.Code, LevelOf(n))).Select(n => Contributor(n, new JointContribution(code!, k.Code).Code, plan.Year)).ToList()));
    }

    private JointContributor Contributor(Library node, string row, int year)
    {
        var city = node.Level == LibraryLevel.City ? node : node.ParentId is { } p && _tree.Known(p) is { Level: LibraryLevel.City } c ? c : null;
        var months = _stores.For(node.Id).Find(year) is { } state && state.Plan.HasKpi(row)
            ? state.Read(ledger => Enumerable.Range(1, 12).Select(m => ledger.MonthTotal(ledger.Plan.KpiIndex(row), m)).ToList())
            : Enumerable.Repeat<double?>(null, 12).ToList();
        return new JointContributor(node.Code, node.Name, city?.Code, city?.Name, months);
    }

    /// <summary>After a library's changes: contributions make the libraries above evaluate again and tell their pages.</summary>
    internal void Changed(int library, int year, IReadOnlyList<FigureChange> changes)
    {
        if (!changes.Any(c => c.Kpi.StartsWith(JointContribution.Prefix, StringComparison.Ordinal))) return;
        foreach (var above in _tree.Above(library))
        {
            if (_stores.For(above.Id).Find(year) is not { } state || !state.Plan.Kpis.Any(k => k.Joint is not null)) continue;
            state.Invalidate();
            // Each instance does this for the contributions it applies, so it is not relayed.
            _feed.Publish(new PlanChanged(year, []) { Library = above.Id, Origin = ChangeOrigin.OtherInstance });
        }
    }

    /// <summary>After a library's plan was published or edited: the libraries below take its joint targets as they now are.</summary>
    internal void Adopted(int library, int year)
    {
        foreach (var node in _tree.Below(library)) _stores.For(node.Id).Rejoin(year);
    }
}
