using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Domain.Progress;

namespace Portal.Data.Demo;

/// <summary>
/// The demo's words (task progress notes, figure notes, the demo accounts' names): plan content as the library would
/// write it, which is not translated, so it lives in demo-content.json (embedded) rather than in code (ADR 037).
/// </summary>
internal static class DemoContent
{
    public sealed record ItemRow(string Item, ItemStatus Status, int Percent, string? Note);

    private sealed record Content(string Author, Dictionary<string, string> Accounts,
        Dictionary<int, Dictionary<string, Dictionary<int, string>>> Notes, ItemRow[] Items);

    private static readonly Lazy<Content> Data = new(Load);

    /// <summary>Who the demo figures and progress are recorded as having been entered by.</summary>
    public static string Author => Data.Value.Author;

    public static IReadOnlyList<ItemRow> Items => Data.Value.Items;

    public static string AccountName(string userName) => Data.Value.Accounts[userName];

    /// <summary>The profiles with the notes staff wrote on their KPIs' months in <paramref name="year"/>.</summary>
    public static Dictionary<string, DemoProfile> WithNotes(int year, Dictionary<string, DemoProfile> profiles) =>
        profiles.ToDictionary(p => p.Key, p => Data.Value.Notes[year].TryGetValue(p.Key, out var notes) ? p.Value with { Notes = notes } : p.Value);

    private static Content Load()
    {
        using var stream = typeof(DemoContent).Assembly.GetManifestResourceStream("Portal.Data.Demo.demo-content.json")
            ?? throw new InvalidOperationException("The embedded demo-content.json is missing from the Portal assembly.");
        return JsonSerializer.Deserialize<Content>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } })
            ?? throw new InvalidOperationException("The embedded demo-content.json is empty.");
    }
}
