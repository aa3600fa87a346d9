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

    public static string PortalAssembly => typeof(Portal.Hosting.ServiceRegistration).Assembly.Location;

    public static string DomainAssembly => typeof(Portal.Domain.Engine.ReportingGaps).Assembly.Location;

    public static string? FeatureOf(string type) =>
        CompositionRootTypes.Contains(type) ? CompositionRoot : FeatureGraph.Feature(type, "Portal");

    /// <summary>The Portal assembly's feature graph.</summary>
    public static FeatureGraph Graph() => FeatureGraph.Read(PortalAssembly, FeatureOf);

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
