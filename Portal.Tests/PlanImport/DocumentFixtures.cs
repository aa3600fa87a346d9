using Portal.Tests.Support;

namespace Portal.Tests.PlanImport;

/// <summary>The plan documents under Portal.Tests/PlanImport/Documents (how they were made: README.md there).</summary>
public static class DocumentFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(RepoPaths.Root(), "Portal.Tests", "PlanImport", "Documents", name);
}
