using Portal.Tests.Support;

namespace Portal.Tests.Localization;

/// <summary>
/// No Chinese string literal in Portal's or Portal.Domain's code: UI text and messages live in .resx files with an
/// English translation, plan content in embedded data files (ADR 037). Comments may be in any language.
/// </summary>
public sealed class ChineseLiteralTests
{
    /// <summary>
    /// Code that reads Chinese plan documents: its literals are the words it recognises (units, qualifiers, outline
    /// numbers), which no reader ever sees and which are not translated, since the plan is written in Chinese.
    /// </summary>
    private static readonly string[] Vocabulary =
    [
        "Portal.Domain/PlanImport/ChineseNumerals.cs", "Portal.Domain/PlanImport/Distractors.cs",
        "Portal.Domain/PlanImport/Enumeration.cs", "Portal.Domain/PlanImport/OutlineLabel.cs",
        "Portal.Domain/PlanImport/OutlineParser.cs", "Portal.Domain/PlanImport/Paragraphs.cs",
        "Portal.Domain/PlanImport/Periods.cs", "Portal.Domain/PlanImport/Qualifiers.cs",
        "Portal.Domain/PlanImport/QuantityScanner.cs", "Portal.Domain/PlanImport/TargetFinder.cs",
        "Portal.Domain/PlanImport/TargetNaming.cs", "Portal.Domain/PlanImport/TextLines.cs",
        "Portal.Domain/PlanImport/Units.cs",
        // A draft's names and title are plan content, written in the plan's words (每季度…, 2014 年工作要点).
        "Portal.Domain/PlanDrafts/DraftFactory.cs",
        "Portal/PlanImport/DocxNumbering.cs", "Portal/PlanImport/PlanReviewPage.razor.cs",
        // The entry sheet's Chinese column headers are its file format: import recognises them (ADR 027).
        "Portal/Figures/EntryFiles/EntrySheetFile.cs",
    ];

    /// <summary>
    /// Files whose literals are still to be moved into resources (issue 26). The list only shrinks: a file leaves it
    /// when its strings move, and a new file with a Chinese literal fails at once.
    /// </summary>
    private static readonly string[] NotYetExtracted =
    [
        // Numbers, dates and 万 by culture, the layout's aria-labels and the page title: the formats and
        // MudLocalizer part of issue 26.
        "Portal/Shared/Formats.cs", "Portal/Wall/WallFormats.cs", "Portal/Wall/WallClock.razor",
        "Portal/Components/App.razor", "Portal/Components/Layout/MainLayout.razor",
    ];

    [Fact]
    public void Sources_HaveNoChineseLiteral_OutsideResources()
    {
        var root = RepoPaths.Root();
        var found = Sources(root)
            .Where(f => !Vocabulary.Contains(f) && !NotYetExtracted.Contains(f))
            .SelectMany(f => ChineseLiterals.Lines(File.ReadAllText(Path.Combine(root, f)), f.EndsWith(".razor", StringComparison.Ordinal))
                .Select(line => $"{f}:{line}"))
            .ToList();
        Assert.True(found.Count == 0, "Chinese literals outside resources (move them into a .resx with an English value, ADR 037):\n" + string.Join('\n', found));
    }

    [Fact]
    public void Exemptions_NameFilesThatExist_AndStillHoldChinese()
    {
        var root = RepoPaths.Root();
        var stale = Vocabulary.Concat(NotYetExtracted)
            .Where(f => !File.Exists(Path.Combine(root, f)) || ChineseLiterals.Lines(File.ReadAllText(Path.Combine(root, f)), f.EndsWith(".razor", StringComparison.Ordinal)).Count == 0)
            .ToList();
        Assert.True(stale.Count == 0, "Exempt files that no longer hold Chinese literals (remove them from the list):\n" + string.Join('\n', stale));
    }

    [Theory]
    [InlineData("var s = \"总览\";", false, 1)]
    [InlineData("var s = $\"{n} 个\";", false, 1)]
    [InlineData("var s = @\"a\n第二行\";", false, 2)]
    [InlineData("var s = \"\"\"\n  总览\n  \"\"\";", false, 2)]
    [InlineData("var c = '月';", false, 1)]
    [InlineData("// 总览\nvar s = \"http://x\"; // 注释", false, 0)]
    [InlineData("/* 总览\n 大屏 */ var s = \"/* a */\";", false, 0)]
    [InlineData("var s = \"a\\\"b\"; // 注释 \"x\"", false, 0)]
    [InlineData("<span>总览</span>", true, 1)]
    [InlineData("@* 总览 *@\n<!-- 大屏 -->\n    // 注释\n<b title=\"大屏\">", true, 4)]
    public void Lines_FindChineseOutsideComments(string source, bool razor, int expectedLine)
    {
        var lines = ChineseLiterals.Lines(source, razor);
        Assert.Equal(expectedLine == 0 ? [] : [expectedLine], lines);
    }

    private static IEnumerable<string> Sources(string root) =>
        new[] { "Portal", "Portal.Domain" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(root, p), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)
                        && !f.Contains("/Migrations/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
