using System.Text.Json.Serialization;

namespace Portal.Domain.PlanImport;

/// <summary>
/// What the extractor read out of a plan document: its title and year, the section/item tree and the candidate
/// targets, each with the exact quote it came from. Serialised by <see cref="ExtractedPlanJson"/> in the exact
/// contract of `plan extract` (issue 12); <see cref="Text"/> is the text the quotes are substrings of.
/// </summary>
public sealed record ExtractedPlan(
    string Title,
    int? Year,
    IReadOnlyList<ExtractedSection> Sections,
    IReadOnlyList<ExtractedTarget> Targets)
{
    /// <summary>The plain text the extractor read (for a .txt input, the file itself); every quote is a substring of it.</summary>
    [JsonIgnore] public string Text { get; init; } = "";
}

/// <summary>A section (一、…) with its numbered items and sub-sections (五(一) …).</summary>
public sealed record ExtractedSection(
    string Code,
    string Title,
    IReadOnlyList<ExtractedItem> Items,
    IReadOnlyList<ExtractedSection> Sections);

/// <summary>A numbered item (一.1) with its full text, joined across line breaks.</summary>
public sealed record ExtractedItem(string Code, string Text);

/// <summary>
/// A candidate numeric target. <see cref="Qualifier"/> is target | at-least | about | at-most | range (then
/// <see cref="Min"/> is the lower bound and <see cref="Value"/> the upper); <see cref="Period"/> is
/// year | quarter | month | week; <see cref="Aggregation"/> is flow | stock.
/// </summary>
public sealed record ExtractedTarget(
    string Item,
    string Quote,
    double Value,
    string Unit,
    string Qualifier,
    double? Min,
    string Period,
    string Aggregation,
    string Name)
{
    /// <summary>Where <see cref="Quote"/> starts in <see cref="ExtractedPlan.Text"/> (for highlighting); not part of the JSON.</summary>
    [JsonIgnore] public int Offset { get; init; } = -1;
}
