using Mono.Cecil;

namespace Portal.Tests.Architecture;

/// <summary>
/// Which feature folders of an assembly use which others, read from its IL: signatures, attributes and method
/// bodies (calls, field access, typeof, locals, casts), so a dependency hidden in a method or a Razor component's
/// render code counts too. A feature is the first namespace segment after the root ("Portal.Data.Entities" is
/// Data); nested and compiler-generated types count for the type that declares them.
/// </summary>
public sealed class FeatureGraph
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _edges = [];

    /// <summary>Feature → used feature → the type-level uses that make it ("Type → Type").</summary>
    public IReadOnlyDictionary<string, Dictionary<string, SortedSet<string>>> Edges => _edges;

    public static FeatureGraph Read(string assemblyPath, Func<string, string?> featureOfType)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var graph = new FeatureGraph();
        foreach (var type in module.GetTypes())
        {
            var from = Outermost(type);
            if (featureOfType(from.FullName) is not { } source) continue;
            foreach (var used in TypeDependencies.Of(type))
            {
                if (used.Scope != module) continue; // another assembly: the domain, the framework
                if (used.Resolve() is not { } definition || definition.Module != module) continue;
                var to = Outermost(definition);
                if (featureOfType(to.FullName) is not { } target || target == source) continue;
                graph.Add(source, target, $"{from.FullName} → {to.FullName}");
            }
        }
        return graph;
    }

    /// <summary>A graph from given edges, for testing the cycle report itself.</summary>
    public static FeatureGraph Of(IEnumerable<(string From, string To)> edges)
    {
        var graph = new FeatureGraph();
        foreach (var (from, to) in edges) graph.Add(from, to, $"{from}.X → {to}.Y");
        return graph;
    }

    /// <summary>The feature a type belongs to: "Portal.Plans.Editing.PlanEditor" → "Plans"; null outside the root.</summary>
    public static string? Feature(string typeFullName, string root)
    {
        // Razor puts its type-inference helpers in "__Blazor.{component's namespace}.{component}".
        var name = typeFullName.StartsWith("__Blazor.", StringComparison.Ordinal) ? typeFullName["__Blazor.".Length..] : typeFullName;
        if (!name.StartsWith(root + ".", StringComparison.Ordinal)) return null;
        var rest = name[(root.Length + 1)..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? null : rest[..dot];
    }

    /// <summary>Each group of features that reach each other, with one cycle path through it and the edges inside it.</summary>
    public IReadOnlyList<string> Cycles()
    {
        var found = new List<string>();
        foreach (var group in StronglyConnected().Where(g => g.Count > 1))
        {
            var inside = group.ToHashSet();
            var edges = group.SelectMany(f => _edges[f].Where(e => inside.Contains(e.Key)).Select(e => $"    {f} → {e.Key}: {string.Join(", ", e.Value.Take(3))}"));
            found.Add($"{string.Join(" → ", CyclePath(group[0], inside))}\n{string.Join("\n", edges.Order())}");
        }
        return found;
    }

    private void Add(string from, string to, string example)
    {
        if (!_edges.TryGetValue(from, out var targets)) _edges[from] = targets = [];
        if (!targets.TryGetValue(to, out var examples)) targets[to] = examples = new(StringComparer.Ordinal);
        examples.Add(example);
        _edges.TryAdd(to, []);
    }

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type;
    }

    /// <summary>The shortest way from a feature back to itself within its group (breadth first).</summary>
    private List<string> CyclePath(string start, HashSet<string> group)
    {
        var previous = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var at))
        {
            foreach (var next in _edges[at].Keys.Where(group.Contains).Order())
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var step = at; step != start; step = previous[step]) path.Insert(1, step);
                    path.Add(start);
                    return path;
                }
                if (previous.TryAdd(next, at)) queue.Enqueue(next);
            }
        }
        return [start];
    }

    /// <summary>Tarjan's algorithm over the feature graph.</summary>
    private List<List<string>> StronglyConnected()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var groups = new List<List<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in _edges[node].Keys)
            {
                if (!index.ContainsKey(next)) { Visit(next); low[node] = Math.Min(low[node], low[next]); }
                else if (stack.Contains(next)) low[node] = Math.Min(low[node], index[next]);
            }
            if (low[node] != index[node]) return;
            var group = new List<string>();
            string member;
            do { member = stack.Pop(); group.Add(member); } while (member != node);
            group.Sort(StringComparer.Ordinal);
            groups.Add(group);
        }
        foreach (var node in _edges.Keys.Order().ToList()) if (!index.ContainsKey(node)) Visit(node);
        return groups;
    }
}
