namespace Portal.Tests.Architecture;

/// <summary>Folders name their feature, and no two features depend on each other (ADR 032).</summary>
public sealed class FeatureFolderTests
{
    [Fact]
    public void FeatureFolders_HaveNoDependencyCycle()
    {
        var cycles = FeatureRules.Graph().Cycles();

        Assert.True(cycles.Count == 0,
            "Feature folders depend on each other in a cycle (move the type to the folder that owns it, ADR 032):\n"
            + string.Join("\n", cycles));
    }

    [Fact]
    public void Cycles_NameTheShortestPathAndTheEdgesInside()
    {
        var graph = FeatureGraph.Of([("Data", "Plans"), ("Plans", "Live"), ("Live", "Data"), ("Plans", "Data"), ("Live", "Shared")]);

        var cycle = Assert.Single(graph.Cycles());

        Assert.StartsWith("Data → Plans → Data\n", cycle);
        Assert.Contains("Live → Data: Live.X → Data.Y", cycle);
        Assert.DoesNotContain("Shared", cycle);
    }

    [Fact]
    public void CompositionRoot_IsUsedByNoFeature()
    {
        var graph = FeatureRules.Graph();

        var users = graph.Edges.Where(e => e.Value.ContainsKey(FeatureRules.CompositionRoot))
            .SelectMany(e => e.Value[FeatureRules.CompositionRoot]).ToList();

        Assert.True(users.Count == 0, "Features use the composition root (pass what they need in instead):\n" + string.Join("\n", users));
    }

    [Fact]
    public void Domain_RefersToNeitherAspNetCoreNorEfCore() =>
        Assert.Empty(FeatureRules.WebOrDatabaseReferences(FeatureRules.DomainAssembly));

    [Fact]
    public void WebOrDatabaseReferences_InThePortal_FindsBoth()
    {
        var found = FeatureRules.WebOrDatabaseReferences(FeatureRules.PortalAssembly);

        Assert.Contains("Microsoft.AspNetCore.Components", found);
        Assert.Contains("Microsoft.EntityFrameworkCore", found);
    }

    [Fact]
    public void Graph_CountsComponentsRenderedInMarkup()
    {
        // The admin page uses the reporting tabs only in its render code (a method body), never in a signature.
        var admin = FeatureRules.Graph().Edges["Administration"];

        Assert.Contains("Portal.Administration.AdminPage → Portal.Reporting.Admin.DeadlinesPanel", admin["Reporting"]);
        Assert.Contains("Portal.Administration.AdminPage → Portal.Backups.BackupPanel", admin["Backups"]);
    }

    [Theory]
    [InlineData("Portal.Plans.Editing.PlanEditor", "Plans")]
    [InlineData("__Blazor.Portal.Wall.WallDisplay.TypeInference", "Wall")]
    [InlineData("Portal.Hosting.ServiceRegistration", FeatureRules.CompositionRoot)]
    [InlineData("Program", FeatureRules.CompositionRoot)]
    [InlineData("Microsoft.AspNetCore.Builder.WebApplication", null)]
    public void FeatureOf_NamesTheFirstSegmentAfterPortal(string type, string? feature) =>
        Assert.Equal(feature, FeatureRules.FeatureOf(type));
}
