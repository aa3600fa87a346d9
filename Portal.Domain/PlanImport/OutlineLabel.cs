using System.Text.RegularExpressions;

namespace Portal.Domain.PlanImport;

public enum LabelKind { Section, SubSection, Item }

/// <summary>
/// The label a line starts with: 一、 (a section), （一） (a sub-section) or 1. / 1．/ 1、 (an item), its number,
/// and where the text after it starts. 1.8万 is a number, not the label 1; 2．2015年 is the label 2.
/// </summary>
public readonly record struct OutlineLabel(LabelKind Kind, int Number, int TextStart)
{
    public static OutlineLabel? Read(ReadOnlySpan<char> line)
    {
        foreach (var (kind, regex) in Patterns)
        {
            var match = regex.Match(line.ToString());
            if (!match.Success) continue;
            var digits = match.Groups["n"].Value;
            var number = kind == LabelKind.Item ? int.Parse(digits) : (int?)ChineseNumerals.Parse(digits);
            if (number is null or < 1) return null;
            return new OutlineLabel(kind, number.Value, match.Length);
        }
        return null;
    }

    private static readonly (LabelKind, Regex)[] Patterns =
    [
        (LabelKind.Section, new(@"^[\s\u3000]*(?<n>[一二三四五六七八九十]{1,3})\s*[、．.]\s*", RegexOptions.Compiled)),
        (LabelKind.SubSection, new(@"^[\s\u3000]*[（(]\s*(?<n>[一二三四五六七八九十]{1,3})\s*[）)]\s*[、．.]?\s*", RegexOptions.Compiled)),
        (LabelKind.Item, new(@"^[\s\u3000]*(?<n>\d{1,2})\s*(?:[.．、](?!\d)|[.．、](?=\d{4}\s*年)|[）)])\s*", RegexOptions.Compiled)),
    ];
}
