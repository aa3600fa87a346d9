using System.Text.RegularExpressions;
using Portal.Tests.Support;

namespace Portal.Tests.Hardening;

/// <summary>
/// The rule of ADR 025 over every page: an input whose text the server renders is bound with @bind (which keeps the
/// renderer's copy in step with the browser), never value= with a hand-written @oninput or @onchange.
/// </summary>
public sealed partial class InputBindingRuleTests
{
    [Fact]
    public void Pages_NoRawInputRendersItsValueBesideItsOwnHandler()
    {
        var offenders = Razor()
            .SelectMany(file => RawField().Matches(File.ReadAllText(file))
                .Where(m => ValueAttribute().IsMatch(m.Value) && OwnHandler().IsMatch(m.Value))
                .Select(m => $"{Path.GetRelativePath(RepoPaths.Root(), file)}: {m.Value}"))
            .ToList();

        Assert.True(offenders.Count == 0, "value= with @oninput/@onchange loses keystrokes over latency; use @bind:get/@bind:set:\n" + string.Join("\n", offenders));
    }

    private static IEnumerable<string> Razor() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root(), "Portal"), "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    // A tag up to its closing '>', skipping quoted attribute values (a lambda's "=>" sits inside quotes).
    [GeneratedRegex("""<(input|textarea|select)\b(?:"[^"]*"|'[^']*'|[^'">])*>""", RegexOptions.IgnoreCase)]
    private static partial Regex RawField();

    [GeneratedRegex("""(?<![-:@\w])value\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("""@on(input|change)\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex OwnHandler();
}
