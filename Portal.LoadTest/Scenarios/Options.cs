using System.Globalization;

namespace Portal.LoadTest.Scenarios;

internal static class Options
{
    /// <summary>Every --url given, in order (Program.cs puts them here; "url" holds the first).</summary>
    public const string UrlsKey = "urls";

    public static IReadOnlyList<Uri> Urls(this IReadOnlyDictionary<string, string> options, Uri portal) =>
        options.TryGetValue(UrlsKey, out var text) ? text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(u)).ToList() : [portal];

    public static int Int(this IReadOnlyDictionary<string, string> options, string key, int fallback) =>
        options.TryGetValue(key, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    /// <summary>
    /// Every route needs a login: `--token` takes a personal API token (`dotnet run --project Portal -- token create
    /// NAME`), sent as a bearer header and, for the hub, as the access_token query parameter.
    /// </summary>
    public static HttpClient Authorized(this HttpClient http, IReadOnlyDictionary<string, string> options)
    {
        if (options.TryGetValue("token", out var token))
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static Uri HubUrl(this IReadOnlyDictionary<string, string> options, Uri portal) =>
        new(portal, options.TryGetValue("token", out var token) ? $"/hubs/dashboard?access_token={Uri.EscapeDataString(token)}" : "/hubs/dashboard");

    public static string Text(this IReadOnlyDictionary<string, string> options, string key, string fallback) =>
        options.GetValueOrDefault(key, fallback);
}
