using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Domain.Plans;
using Portal.Languages;
using Portal.Shared;

namespace Portal.Wall;

/// <summary>Numbers and names short enough to read from across a room: 81.2万, 古籍修复, 历史文献部.</summary>
public static partial class WallFormats
{

    /// <summary>Counts of 10,000 and more in 万 (81.2万, 1.62万), smaller ones as they are; in English 812K, 1.05M.</summary>
    public static string Compact(double value, bool fractional = false) => PortalCultures.InEnglish
        ? (Math.Abs(value) >= 10_000 ? Formats.EnglishCompact(value, "0", "0.##") : Formats.Number(value, fractional))
        : Math.Abs(value) switch
    {
        >= 100_000 => Formats.TenThousands(value, "0.#"),
        >= 10_000 => Formats.TenThousands(value, "0.##"),
        _ => Formats.Number(value, fractional),
    };

    /// <summary>A value with its unit, spaced only before a Latin unit: 820页, 412.5 GB.</summary>
    public static string Amount(double value, Kpi kpi) => WithUnit(Compact(value, kpi.Fractional), kpi.Target.Unit);

    public static string WithUnit(string number, string unit) =>
        unit.Length > 0 && char.IsAsciiLetter(unit[0]) ? $"{number} {unit}" : number + unit;

    /// <summary>Who entered a figure: their display name where the account has one, else the login as recorded.</summary>
    public static string Person(string login, IReadOnlyDictionary<string, string>? names) =>
        names is not null && names.TryGetValue(login, out var name) ? name : login;

    /// <summary>Drops a trailing parenthesis: 历史文献部（省古籍保护中心） → 历史文献部, 古籍修复（中度损坏） → 古籍修复.</summary>
    public static string Short(string name)
    {
        var trimmed = Parenthesis().Replace(name, "").Trim();
        return trimmed.Length > 0 ? trimmed : name;
    }

    [GeneratedRegex(@"\s*[（(][^（）()]*[）)]\s*$")]
    private static partial Regex Parenthesis();
}
