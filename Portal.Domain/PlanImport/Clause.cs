namespace Portal.Domain.PlanImport;

/// <summary>Where the clause (up to ，；：。) and the sentence (up to 。！？；) around a position of a paragraph start.</summary>
public static class Clause
{
    private const string ClauseEnds = "，,；;：:。！？!?";
    private const string SentenceEnds = "。！？!?；;";

    public static int ClauseStart(string text, int at) => StartBefore(text, at, ClauseEnds);

    public static int SentenceStart(string text, int at) => StartBefore(text, at, SentenceEnds);

    public static int ClauseEnd(string text, int at)
    {
        var i = at;
        while (i < text.Length && !ClauseEnds.Contains(text[i])) i++;
        return i;
    }

    private static int StartBefore(string text, int at, string ends)
    {
        var i = at;
        while (i > 0 && !ends.Contains(text[i - 1])) i--;
        return i;
    }
}
