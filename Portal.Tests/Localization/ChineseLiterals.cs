using System.Text;

namespace Portal.Tests.Localization;

/// <summary>
/// Finds Chinese text in C# and Razor source outside comments. In C# any Chinese character outside a comment sits in
/// a string or char literal (identifiers are English), so blanking comments and looking for Han characters is enough.
/// </summary>
public static class ChineseLiterals
{
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>The 1-based numbers of the lines that hold Chinese outside comments.</summary>
    public static IReadOnlyList<int> Lines(string source, bool razor)
    {
        var code = razor ? WithoutRazorComments(source) : WithoutCSharpComments(source);
        return [.. code.Split('\n').Select((line, i) => (line, i)).Where(l => l.line.Any(IsHan)).Select(l => l.i + 1)];
    }

    /// <summary>Blanks // and /* */ comments, keeping strings, char literals and line breaks where they are.</summary>
    public static string WithoutCSharpComments(string s)
    {
        var o = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length;)
        {
            if (At(s, i, "//")) { while (i < s.Length && s[i] != '\n') { o.Append(' '); i++; } }
            else if (At(s, i, "/*")) i = Blank(s, i, s.IndexOf("*/", i + 2, StringComparison.Ordinal), 2, o);
            else if (At(s, i, "\"\"\"")) i = Copy(s, i, s.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal), 3, o);
            else if (s[i] == '"' || s[i] == '\'') i = CopyQuoted(s, i, verbatim: i > 0 && s[i - 1] == '@' || i > 1 && s[i - 2] == '@', o);
            else o.Append(s[i++]);
        }
        return o.ToString();
    }

    /// <summary>Blanks @* *@ and &lt;!-- --&gt; comments, and lines of the @code block that are // comments.</summary>
    public static string WithoutRazorComments(string s)
    {
        var o = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length;)
        {
            if (At(s, i, "@*")) i = Blank(s, i, s.IndexOf("*@", i + 2, StringComparison.Ordinal), 2, o);
            else if (At(s, i, "<!--")) i = Blank(s, i, s.IndexOf("-->", i + 4, StringComparison.Ordinal), 3, o);
            else o.Append(s[i++]);
        }
        return string.Join('\n', o.ToString().Split('\n').Select(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal) ? "" : l));
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    private static int Blank(string s, int from, int closeAt, int closeLength, StringBuilder o)
    {
        var end = closeAt < 0 ? s.Length : closeAt + closeLength;
        for (var i = from; i < end; i++) o.Append(s[i] == '\n' ? '\n' : ' ');
        return end;
    }

    private static int Copy(string s, int from, int closeAt, int closeLength, StringBuilder o)
    {
        var end = closeAt < 0 ? s.Length : closeAt + closeLength;
        o.Append(s, from, end - from);
        return end;
    }

    private static int CopyQuoted(string s, int from, bool verbatim, StringBuilder o)
    {
        var quote = s[from];
        var i = from + 1;
        while (i < s.Length && (verbatim || s[i] != '\n'))
        {
            if (!verbatim && s[i] == '\\') i += 2;
            else if (verbatim && s[i] == quote && i + 1 < s.Length && s[i + 1] == quote) i += 2;
            else if (s[i] == quote) { i++; break; }
            else i++;
        }
        i = Math.Min(i, s.Length);
        o.Append(s, from, i - from);
        return i;
    }
}
