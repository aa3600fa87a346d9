namespace Portal.Domain.Plans;

/// <summary>Which libraries below the plan's own carry a joint target: all of them, one level, or a list of codes.</summary>
public enum JointReach { All, Level, Listed }

/// <summary>
/// A KPI that the libraries below carry with the plan's own library (ADR 043): each contributing library enters its
/// part monthly on its own entry grid, and the total over them counts in this KPI's completion. The levels are the
/// tree's below the province: <c>city</c> and <c>county</c>.
/// </summary>
public sealed class JointTarget
{
    public static readonly IReadOnlyList<string> Levels = ["city", "county"];

    private JointTarget(JointReach reach, string? level, IReadOnlyList<string> libraries, string? division)
    {
        Reach = reach;
        Level = level;
        Libraries = libraries;
        Division = string.IsNullOrWhiteSpace(division) ? null : division.Trim();
    }

    public JointReach Reach { get; }

    /// <summary><c>city</c> or <c>county</c> when <see cref="Reach"/> is Level.</summary>
    public string? Level { get; }

    /// <summary>The contributing libraries' codes when <see cref="Reach"/> is Listed; empty otherwise.</summary>
    public IReadOnlyList<string> Libraries { get; }

    /// <summary>
    /// The division of each contributing library that enters the contribution; null, or a code the library does not
    /// have: its first division still reporting.
    /// </summary>
    public string? Division { get; }

    public static JointTarget All(string? division = null) => new(JointReach.All, null, [], division);

    public static JointTarget OfLevel(string level, string? division = null, string? kpi = null) =>
        Levels.Contains(level) ? new(JointReach.Level, level, [], division)
            : throw new DomainException(PlanText.Text.Format("Joint.Level", kpi ?? "", level, string.Join(" / ", Levels)), "joint");

    public static JointTarget Of(IEnumerable<string> libraries, string? division = null, string? kpi = null)
    {
        var codes = libraries.Select(c => c?.Trim() ?? "").ToList();
        if (codes.Count == 0) throw new DomainException(PlanText.Text.Format("Joint.NoLibraries", kpi ?? ""), "joint");
        if (codes.FirstOrDefault(string.IsNullOrEmpty) is not null)
            throw new DomainException(PlanText.Text.Format("Joint.EmptyCode", kpi ?? ""), "joint");
        if (codes.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DomainException(PlanText.Text.Format("Joint.Twice", kpi ?? "", twice.Key), "joint");
        return new(JointReach.Listed, null, codes, division);
    }

    /// <summary>Whether a library below the plan's own contributes, by its code and level (<c>city</c> / <c>county</c>).</summary>
    public bool Includes(string code, string level) => Reach switch
    {
        JointReach.All => true,
        JointReach.Level => level == Level,
        _ => Libraries.Contains(code),
    };

    public override bool Equals(object? obj) => obj is JointTarget o && o.Reach == Reach && o.Level == Level
        && o.Division == Division && o.Libraries.SequenceEqual(Libraries);

    public override int GetHashCode() => HashCode.Combine(Reach, Level, Division, Libraries.Count);
}

/// <summary>
/// On a contributing library's plan, the KPI where it enters its part of a joint target: the library whose plan holds
/// the target and the KPI's code there. Derived from that plan when the library's plan is loaded, never stored in it.
/// </summary>
public sealed record JointContribution(string Library, string Kpi)
{
    /// <summary>The contributing KPI's code in the contributor's plan: joint.{library}.{kpi}.</summary>
    public string Code => $"{Prefix}{Library}.{Kpi}";

    public const string Prefix = "joint.";
}
