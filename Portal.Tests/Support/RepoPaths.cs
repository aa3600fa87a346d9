namespace Portal.Tests.Support;

/// <summary>Locates files of the repository from the test output folder (bin/…), whatever the build layout.</summary>
public static class RepoPaths
{
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
