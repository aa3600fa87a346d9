using System.Text.RegularExpressions;

namespace Portal.Domain.PlanImport;

/// <summary>
/// The kinds of outline label, in the order Chinese documents nest them: 第一部分/第一章, 一、, （一）, 1. / 1．/ 1、,
/// （1）/ 1）, ①. A document uses some of them; which one is its top level is decided by <see cref="OutlineLevels"/>.
/// </summary>
public enum LabelKind { Part, Han, ParenHan, Digit, ParenDigit, Circled }

/// <summary>
/// The label a line starts with, its kind and number, and where the text after it starts. 1.8万 is a number, not
/// the label 1; 2．2015年 is the label 2.
/// </summary>
public readonly record struct OutlineLabel(LabelKind Kind, int Number, int TextStart)
{
    public static OutlineLabel? Read(ReadOnlySpan<char> line)
    {
        var s = line.ToString();
        foreach (var (kind, regex) in Patterns)
        {
            var match = regex.Match(s);
            if (!match.Success) continue;
            var n = match.Groups["n"].Value;
            int? number = kind switch
            {
                LabelKind.Digit or LabelKind.ParenDigit => int.Parse(Normalise(n)),
                LabelKind.Circled => n[0] - '①' + 1,
                _ => (int?)ChineseNumerals.Parse(n),
            };
            if (number is null or < 1) return null;
            return new OutlineLabel(kind, number.Value, match.Length);
        }
        return null;
    }

    private static string Normalise(string digits) => string.Concat(digits.Select(c => c >= '０' ? (char)(c - '０' + '0') : c));

    private const string Lead = @"^[\s\u3000]*";
    private const string HanNumber = "[一二三四五六七八九十]{1,3}";

    private static readonly (LabelKind, Regex)[] Patterns =
    [
        (LabelKind.Part, new($@"{Lead}第\s*(?<n>{HanNumber})\s*(?:部分|章|篇)\s*[、．.：:]?\s*", RegexOptions.Compiled)),
        (LabelKind.Han, new($@"{Lead}(?<n>{HanNumber})\s*[、．.]\s*", RegexOptions.Compiled)),
        (LabelKind.ParenHan, new($@"{Lead}[（(]\s*(?<n>{HanNumber})\s*[）)]\s*[、．.]?\s*", RegexOptions.Compiled)),
        (LabelKind.ParenDigit, new($@"{Lead}(?:[（(]\s*(?<n>[0-9０-９]{{1,2}})\s*[）)]|(?<n>[0-9０-９]{{1,2}})\s*[）)])\s*[、．.]?\s*", RegexOptions.Compiled)),
        (LabelKind.Digit, new($@"{Lead}(?<n>[0-9０-９]{{1,2}})\s*(?:[.．、](?![0-9０-９])|[.．、](?=\d{{4}}\s*年))\s*", RegexOptions.Compiled)),
        (LabelKind.Circled, new($@"{Lead}(?<n>[①-⑳])\s*[、．.]?\s*", RegexOptions.Compiled)),
    ];
}
