namespace Portal.Tests.Support;

/// <summary>Locates files of the repository from the test output folder (bin/…), whatever the build layout.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding WorkPlanPortal.sln, found by walking up from the test binaries.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "WorkPlanPortal.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"Could not find WorkPlanPortal.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The full path of seeds/<paramref name="fileName"/>, found by walking up from the test binaries.</summary>
    public static string Seed(string fileName)
    {
        var relative = Path.Combine("seeds", fileName);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException(
            $"Could not find {relative} in {AppContext.BaseDirectory} or any of its parent folders.", relative);
    }
}
