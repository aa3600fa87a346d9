using System.Text.Json;
using Portal.Domain.PlanImport;
using Portal.PlanImport;
using Portal.Tests.Support;
using Portal.Tests.Support.PlanImport;

namespace Portal.Tests.PlanImport.Eval;

/// <summary>One plan of the evaluation set: its file name, what the upload path reads from it, and its labels.</summary>
public sealed record EvalPlan(string Name, string FileName, ExtractedPlan Plan, List<LabelledTarget> Labels);

/// <summary>
/// The evaluation set of issue 25 (README.md here): plans of other libraries in the shapes Chinese plans take,
/// each labelled by hand in NAME.labels.json. "tune" is what the rules were written against; "holdout" was set
/// aside and run once, after the rules were frozen. Each plan is read through <see cref="PlanDocuments"/>, the upload
/// path: NAME.txt or NAME.pdf beside its labels, or a .docx built from sources/NAME.src.txt by <see cref="EvalDocx"/>.
/// </summary>
public static class EvalSet
{
    public static string Folder(string set) => Path.Combine(RepoPaths.Root(), "Portal.Tests", "PlanImport", "Eval", set);

    public static IReadOnlyList<string> Names(string set) =>
        [.. Directory.GetFiles(Folder(set), "*.labels.json").Select(f => Path.GetFileName(f)[..^".labels.json".Length]).Order()];

    public static IEnumerable<EvalPlan> Load(string set) => Names(set).Select(n => Load(set, n));

    public static EvalPlan Load(string set, string name)
    {
        var (fileName, bytes) = Document(set, name);
        var plan = PlanDocuments.Extract(fileName, new MemoryStream(bytes));
        return new EvalPlan(name, fileName, plan, Labels(Path.Combine(Folder(set), name + ".labels.json")));
    }

    private static (string FileName, byte[] Bytes) Document(string set, string name)
    {
        foreach (var extension in new[] { ".txt", ".pdf" })
        {
            var path = Path.Combine(Folder(set), name + extension);
            if (File.Exists(path)) return (name + extension, File.ReadAllBytes(path));
        }
        return (name + ".docx", EvalDocx.Build(File.ReadAllText(Path.Combine(Folder("sources"), name + ".src.txt"))));
    }

    private static List<LabelledTarget> Labels(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.GetProperty("targets").EnumerateArray().Select(t => new LabelledTarget(
            t.GetProperty("item").GetString()!, t.GetProperty("value").GetDouble(), t.GetProperty("unit").GetString()!,
            t.GetProperty("qualifier").GetString()!, t.GetProperty("min").ValueKind == JsonValueKind.Null ? null : t.GetProperty("min").GetDouble(),
            t.GetProperty("period").GetString()!, t.GetProperty("aggregation").GetString()!))];
    }
}
