namespace Portal.Accounts.Kiosk;

/// <summary>The address a wall display opens: the portal's base URL, /wall, and the kiosk token.</summary>
public static class KioskUrl
{
    public const string DefaultBase = "http://localhost:5249";

    public static string For(string? baseUrl, string token) =>
        $"{Base(baseUrl)}{KioskAccess.WallPath}?token={Uri.EscapeDataString(token)}";

    /// <summary>The first of --urls; a wildcard host (0.0.0.0, *, +, [::]) becomes this machine's name.</summary>
    public static string Base(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (string.IsNullOrEmpty(first)) return DefaultBase;
        foreach (var wildcard in new[] { "0.0.0.0", "*", "+", "[::]" })
            first = first.Replace($"://{wildcard}", $"://{Environment.MachineName.ToLowerInvariant()}", StringComparison.Ordinal);
        return first.TrimEnd('/');
    }
}
