using System.Globalization;
using System.Text.Json;
using Portal.Domain.PlanImport;
using Portal.Tests.Support;

namespace Portal.Tests.Support.PlanImport;

/// <summary>A target as a person labelled it: what the extractor should find in that item.</summary>
public sealed record LabelledTarget(string Item, double Value, string Unit, string Qualifier, double? Min, string Period, string Aggregation)
{
    /// <summary>What must agree for a found target to count as this one.</summary>
    public (string, double, string, string, double?) Key => (Item, Value, Unit, Qualifier, Min);

    public static (string, double, string, string, double?) KeyOf(ExtractedTarget t) => (t.Item, t.Value, t.Unit, t.Qualifier, t.Min);

    public override string ToString() => $"{Item} {Value}{Unit} {Qualifier}{(Min is null ? "" : $" min {Min}")} {Period} {Aggregation}";
}

/// <summary>
/// The labelled plan texts: Portal.Domain.Tests/PlanImport/Texts/NAME.txt with NAME.labels.tsv (item, value, unit,
/// qualifier, min, period, aggregation; written by hand from reading the text), and the 2013 and 2014 seeds with the KPIs
/// of seeds/plan-2013.json and seeds/plan-2014.json.
/// </summary>
public static class LabelledTexts
{
    public static string Folder => Path.Combine(RepoPaths.Root(), "Portal.Domain.Tests", "PlanImport", "Texts");

    public static IEnumerable<string> Names => Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order()!;

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name + ".txt"));

    public static List<LabelledTarget> Labels(string name) =>
        File.ReadAllLines(Path.Combine(Folder, name + ".labels.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new LabelledTarget(f[0], double.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3],
                f[4].Length == 0 ? null : double.Parse(f[4], CultureInfo.InvariantCulture), f[5], f[6]))
            .ToList();

    public static List<LabelledTarget> Seed2013() => Seed("plan-2013.json");

    public static List<LabelledTarget> Seed2014() => Seed("plan-2014.json");

    private static List<LabelledTarget> Seed(string planFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.Seed(planFile)));
        return json.RootElement.GetProperty("kpis").EnumerateArray().Select(k => new LabelledTarget(
            k.GetProperty("item").GetString()!, k.GetProperty("target").GetDouble(), k.GetProperty("unit").GetString()!,
            k.GetProperty("qualifier").GetString()!, null, "year", k.GetProperty("aggregation").GetString()!)).ToList();
    }
}
