using Mono.Cecil;

namespace Portal.Tests.Architecture;

/// <summary>
/// The portal's folder rules (ADR 032): a feature folder is the first namespace segment after "Portal." in the
/// Portal assembly; the composition root may use every feature and no feature may use it.
/// </summary>
public static class FeatureRules
{
    public const string CompositionRoot = "(composition root)";

    /// <summary>Program.cs, the service registration and the Blazor root components: they wire every feature together.</summary>
    public static readonly IReadOnlySet<string> CompositionRootTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Program", "Portal.Hosting.ServiceRegistration", "Portal.Components.App", "Portal.Components.Routes",
    };

    // TODO(lead): remove after merging live. The live state is being moved into one folder by engineer "live"
    // (issue 22, item 1); until then these feature edges are left out of the cycle check, and only for uses to
    // or from live's own files, so that any other use along the same edge still counts.
    private static readonly IReadOnlySet<(string From, string To)> KnownLiveEdges = new HashSet<(string, string)>
    {
        ("Accounts", "Plans"), ("Plans", "Live"), ("Reporting", "Live"), ("Shared", "Plans"), ("Shared", "Live"), ("Live", "Api"),
    };

    // TODO(lead): remove after merging live.
    private static readonly IReadOnlySet<string> LiveFiles = new HashSet<string>(StringComparer.Ordinal)
    {
        "Portal.Plans.PlanStore", "Portal.Plans.PlanState", "Portal.Plans.FigureChange", "Portal.Plans.ItemChange",
        "Portal.Plans.PlanRevision", "Portal.Plans.ResyncRequests", "Portal.Plans.TrackedItem", "Portal.Shared.LivePlanPage",
        "Portal.Reporting.ReportingEvents", "Portal.Reporting.ReportingSync",
    };

    public static string PortalAssembly => typeof(Portal.Hosting.ServiceRegistration).Assembly.Location;

    public static string DomainAssembly => typeof(Portal.Domain.Engine.ReportingGaps).Assembly.Location;

    public static string? FeatureOf(string type) =>
        CompositionRootTypes.Contains(type) ? CompositionRoot : FeatureGraph.Feature(type, "Portal");

    /// <summary>The Portal assembly's feature graph, without the known edges through live's files.</summary>
    public static FeatureGraph Graph() => FeatureGraph.Read(PortalAssembly, FeatureOf, ThroughLiveFiles);

    private static bool ThroughLiveFiles(string from, string to) =>
        KnownLiveEdges.Contains((FeatureOf(from)!, FeatureOf(to)!)) && (IsLive(from) || IsLive(to));

    private static bool IsLive(string type) => LiveFiles.Contains(type) || type.StartsWith("Portal.Live.", StringComparison.Ordinal);

    /// <summary>The ASP.NET Core and EF Core assemblies and namespaces an assembly refers to.</summary>
    public static IReadOnlyList<string> WebOrDatabaseReferences(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        string[] forbidden = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore"];
        bool Forbidden(string name) => forbidden.Any(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal));
        return module.AssemblyReferences.Select(a => a.Name)
            .Concat(module.GetTypeReferences().Select(t => t.Namespace))
            .Where(Forbidden).Distinct().Order().ToList();
    }
}
