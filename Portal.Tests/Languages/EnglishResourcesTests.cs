using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Resources;
using Portal.Tests.Support;

namespace Portal.Tests.Languages;

/// <summary>Every resource file has its English twin with the same keys and placeholders, and English in it.</summary>
public sealed partial class EnglishResourcesTests
{
    // English values that rightly hold Chinese: the switch back to Chinese, the bilingual start-up error, and an example of a Chinese plan heading.
    private static readonly HashSet<string> ChineseOnPurpose = ["LanguageText.Switch.Other", "LanguageText.Icu.Missing", "PlanReviewText.Select.NoSection"];

    public static TheoryData<string> ResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root(), "Portal"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                     .Where(f => Path.GetFileName(f).Count(c => c == '.') == 1)
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepoPaths.Root(), file));
        return data;
    }

    [Theory, MemberData(nameof(ResourceFiles))]
    public void EnglishResx_SameKeysAndPlaceholders_NoChinese(string file)
    {
        var chinese = Values(Path.Combine(RepoPaths.Root(), file));
        var englishFile = Path.Combine(RepoPaths.Root(), Path.ChangeExtension(file, ".en.resx"));
        Assert.True(File.Exists(englishFile), $"{file} has no English twin {Path.GetFileName(englishFile)}.");
        var english = Values(englishFile);
        Assert.Equal(chinese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        var name = Path.GetFileNameWithoutExtension(file);
        foreach (var (key, value) in chinese)
        {
            Assert.True(Placeholders(value).SetEquals(Placeholders(english[key])), $"{name}.{key}: \"{value}\" and \"{english[key]}\" differ in placeholders.");
            if (!ChineseOnPurpose.Contains($"{name}.{key}"))
                Assert.False(Han().IsMatch(english[key]), $"{name}.{key} is still Chinese in English: \"{english[key]}\".");
        }
    }

    [Fact]
    public void Localizer_EnglishUiCulture_ServesTheEnglishResources()
    {
        var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var text = services.GetRequiredService<IStringLocalizer<SharedText>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Overview", text["Nav.Overview"]);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("总览", text["Nav.Overview"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static Dictionary<string, string> Values(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static HashSet<string> Placeholders(string value) => Placeholder().Matches(value).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
