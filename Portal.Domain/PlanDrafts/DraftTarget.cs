namespace Portal.Domain.PlanDrafts;

/// <summary>
/// A target under review: the extractor's reading (value, unit, qualifier, period, quote) and what the plan file
/// needs on top of it (code, lead division, split, seasonality, opening level, last year's KPI). Qualifiers and
/// periods keep the extractor's words (target | at-least | about | at-most | range; year | quarter | month | week);
/// <see cref="AnnualTarget"/> and <see cref="PlanQualifier"/> say how they become a plan KPI (ADR 013).
/// </summary>
public sealed class DraftTarget
{
    public const string CodePrefix = "kpi.";

    /// <summary>Stable within the draft (t1, t2 …), so an edit of the code does not lose the row.</summary>
    public string Id { get; set; } = "";
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Item { get; set; } = "";

    /// <summary>The number as the document states it, per <see cref="Period"/>; a range's upper bound.</summary>
    public double? Value { get; set; }

    /// <summary>A range's lower bound (3 in 3—5个).</summary>
    public double? Min { get; set; }
    public string Unit { get; set; } = "";
    public string Qualifier { get; set; } = Qualifiers.Target;
    public string Period { get; set; } = Periods.Year;
    public string Aggregation { get; set; } = Aggregations.Flow;

    /// <summary>For a range: which bound the portal tracks (lower or upper); null until the admin chooses.</summary>
    public string? RangeBound { get; set; }
    public double? Opening { get; set; }
    public string? Lead { get; set; }
    public List<DraftShare> Split { get; set; } = [];
    public List<double>? Seasonality { get; set; }
    public bool Fractional { get; set; }

    /// <summary>The code of last year's KPI this one continues, once the admin confirmed it.</summary>
    public string? Previous { get; set; }

    /// <summary>The sentence part the number came from, and where it starts in the document text (-1: not found).</summary>
    public string Quote { get; set; } = "";
    public int Offset { get; set; } = -1;

    public static string GeneratedCode(int n) => $"{CodePrefix}{n:00}";

    /// <summary>Still the code the draft made up (kpi.NN), so linking last year's KPI may replace it.</summary>
    public bool HasGeneratedCode => Code.StartsWith(CodePrefix, StringComparison.Ordinal) && int.TryParse(Code[CodePrefix.Length..], out _);

    /// <summary>
    /// The year's target the plan will carry: the stated value (or the chosen bound of a range) times the periods in
    /// a year (每月2期 → 24). Null while it cannot be known (no value, a range without a chosen bound).
    /// </summary>
    public double? AnnualTarget
    {
        get
        {
            var stated = Qualifier == Qualifiers.Range
                ? RangeBound switch { RangeBounds.Lower => Min, RangeBounds.Upper => Value, _ => null }
                : Value;
            return stated * Periods.PerYear(Period);
        }
    }

    /// <summary>The plan file's qualifier: a range tracked by its lower bound is at-least, by its upper a target; at-most has none.</summary>
    public string? PlanQualifier => Qualifier switch
    {
        Qualifiers.Target or Qualifiers.AtLeast or Qualifiers.About => Qualifier,
        Qualifiers.Range => RangeBound switch { RangeBounds.Lower => Qualifiers.AtLeast, RangeBounds.Upper => Qualifiers.Target, _ => null },
        _ => null,
    };

    public double SplitTotal => Split.Sum(s => s.Target ?? 0);
}

/// <summary>One division's part of a split target.</summary>
public sealed class DraftShare
{
    public string Division { get; set; } = "";
    public double? Target { get; set; }
}

public static class Qualifiers
{
    public const string Target = "target", AtLeast = "at-least", About = "about", AtMost = "at-most", Range = "range";
    public static readonly IReadOnlyList<string> All = [Target, AtLeast, About, AtMost, Range];
}

public static class Periods
{
    public const string Year = "year", Quarter = "quarter", Month = "month", Week = "week";
    public static readonly IReadOnlyList<string> All = [Year, Quarter, Month, Week];

    /// <summary>How many of the period a year holds: 1, 4, 12, or 52 weeks.</summary>
    public static int PerYear(string period) => period switch { Quarter => 4, Month => 12, Week => 52, _ => 1 };
}

public static class Aggregations
{
    public const string Flow = "flow", Stock = "stock";
}

public static class RangeBounds
{
    public const string Lower = "lower", Upper = "upper";
}
