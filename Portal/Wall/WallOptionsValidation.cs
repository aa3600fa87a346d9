using Microsoft.Extensions.Options;

namespace Portal.Wall;

/// <summary>Refuses a wall configuration that would show nothing or fail at night, with a message saying what to fix.</summary>
public sealed class WallOptionsValidation : IValidateOptions<WallOptions>
{
    public ValidateOptionsResult Validate(string? name, WallOptions o)
    {
        var errors = new List<string>();
        if (o.RotateSeconds is < 3 or > 3600)
            errors.Add($"Portal:Wall:RotateSeconds must be between 3 and 3600 seconds, not {o.RotateSeconds}.");
        foreach (var p in o.Playlist.Where(p => !WallPages.TryParse(p, out _)))
            errors.Add($"Portal:Wall:Playlist has an unknown page '{p}'; use overview, sections, divisions, latest, province or libraries.");
        if (o.TickerItems is < 1 or > 50)
            errors.Add($"Portal:Wall:TickerItems must be between 1 and 50, not {o.TickerItems}.");
        foreach (var f in o.Families.Where(f => string.IsNullOrWhiteSpace(f.Key) || f.Kpis.Length == 0))
            errors.Add($"Portal:Wall:Families: every family needs a Key and at least one KPI code (family '{f.Key}').");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _))
            errors.Add($"Portal:Wall:TimeZone '{o.TimeZone}' is not a time zone of this machine (for example Asia/Shanghai).");
        foreach (var a in o.FrameAncestors.Where(a => !IsOrigin(a)))
            errors.Add($"Portal:Wall:FrameAncestors: '{a}' is not an origin; write it as https://host or https://host:port (or 'self').");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>An origin as a CSP source: scheme and host (a leading *. for subdomains), no path, no spaces or quotes.</summary>
    private static bool IsOrigin(string value) =>
        value == "'self'"
        || (Uri.TryCreate(value.Replace("://*.", "://wildcard.", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && !value.EndsWith('/') && value.IndexOfAny([' ', ';', ',', '\'', '?', '#']) < 0);
}
