namespace Portal.Domain.PlanImport;

/// <summary>
/// A target's qualifier from the words around it: a range; 以上/不少于/不低于/至少/突破/超过/余/多 → at-least;
/// 约/左右/近 → about; 不超过/控制在/以内 → at-most; 力争达到, 达到 or nothing → target.
/// </summary>
public static class Qualifiers
{
    private static readonly (string Word, string Qualifier)[] Before =
    [
        ("不少于", "at-least"), ("不低于", "at-least"), ("至少", "at-least"), ("突破", "at-least"), ("超过", "at-least"),
        ("高于", "at-least"), ("逾", "at-least"),
        ("大约", "about"), ("约", "about"), ("近", "about"), ("大概", "about"),
        ("不超过", "at-most"), ("不高于", "at-most"), ("控制在", "at-most"), ("少于", "at-most"), ("低于", "at-most"),
    ];

    private static readonly (string Word, string Qualifier)[] Longest = [.. Before.OrderByDescending(b => b.Word.Length)];

    public static string Of(Quantity q, string textBefore)
    {
        if (q.Marker is "range") return "range";
        var before = textBefore.TrimEnd(' ', '\u3000');
        // The word nearest the number decides: 不超过 is at-most although it contains 超过.
        foreach (var (word, qualifier) in Longest)
            if (before.EndsWith(word, StringComparison.Ordinal)) return q.Marker ?? qualifier;
        return q.Marker ?? "target";
    }

    /// <summary>The words a quote starts with when they stand just before the number, longest first.</summary>
    public static readonly string[] QuotedWords =
        [.. Before.Select(b => b.Word).Concat(["力争达到", "达到", "力争", "增至", "提高到", "提高至", "提升至"]).OrderByDescending(w => w.Length)];

    /// <summary>The words <see cref="Of"/> reads, so that a name can leave them out.</summary>
    public static IEnumerable<string> Words => Before.Select(b => b.Word);
}
