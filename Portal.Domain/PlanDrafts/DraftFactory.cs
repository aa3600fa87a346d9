using Portal.Domain.PlanImport;
using Portal.Domain.Plans;

namespace Portal.Domain.PlanDrafts;

/// <summary>Turns what the extractor read into a draft to review: last year's divisions, made-up codes, nothing guessed silently.</summary>
public static class DraftFactory
{
    private static readonly string[] FractionalUnits = ["GB", "TB", "MB", "%", "个百分点"];

    /// <param name="lastYear">The latest published plan before the new one: its divisions are copied, its KPIs suggested as predecessors.</param>
    public static PlanDraft Create(ExtractedPlan extracted, Plan? lastYear)
    {
        var year = extracted.Year ?? (lastYear is null ? null : lastYear.Year + 1);
        var draft = new PlanDraft
        {
            Year = year,
            Title = string.IsNullOrWhiteSpace(extracted.Title) ? (year is null ? "" : $"{year} 年工作要点") : extracted.Title.Trim(),
            Divisions = lastYear?.Divisions.Select(d => new DraftDivision { Code = d.Code, Name = d.Name }).ToList() ?? [],
            Sections = extracted.Sections.Select(Section).ToList(),
        };
        foreach (var t in extracted.Targets) draft.Targets.Add(Target(draft, t, extracted.Text));
        return draft;
    }

    /// <summary>A target the admin marked in the document text: the quote is the selection, the rest is filled in by hand.</summary>
    public static DraftTarget FromSelection(PlanDraft draft, string quote, int offset, string item) => new()
    {
        Id = draft.NextTargetId(), Code = draft.NextCode(), Item = item, Quote = quote, Offset = offset,
        Value = LeadingNumber(quote),
    };

    private static DraftSection Section(ExtractedSection s) => new()
    {
        Code = s.Code, Title = s.Title,
        Items = s.Items.Select(i => new DraftItem { Code = i.Code, Text = i.Text }).ToList(),
        Sections = s.Sections.Select(Section).ToList(),
    };

    private static DraftTarget Target(PlanDraft draft, ExtractedTarget t, string text)
    {
        var period = Periods.All.Contains(t.Period) ? t.Period : Periods.Year;
        return new DraftTarget
        {
            Id = draft.NextTargetId(), Code = draft.NextCode(),
            Name = period == Periods.Year ? t.Name : $"{t.Name}（{PeriodNote(period, t.Value, t.Unit)}）",
            Item = t.Item, Value = t.Value, Min = t.Min, Unit = t.Unit,
            Qualifier = Qualifiers.All.Contains(t.Qualifier) ? t.Qualifier : Qualifiers.Target,
            Period = period,
            Aggregation = t.Aggregation == Aggregations.Stock ? Aggregations.Stock : Aggregations.Flow,
            Fractional = t.Value % 1 != 0 || FractionalUnits.Contains(t.Unit, StringComparer.OrdinalIgnoreCase),
            Quote = t.Quote,
            Offset = t.Offset >= 0 && t.Offset + t.Quote.Length <= text.Length && string.CompareOrdinal(text, t.Offset, t.Quote, 0, t.Quote.Length) == 0
                ? t.Offset : text.IndexOf(t.Quote, StringComparison.Ordinal),
        };
    }

    /// <summary>每月2期, 每季度1次, 每周3场: how the document put it, kept in the KPI's name once it becomes annual.</summary>
    public static string PeriodNote(string period, double value, string unit) =>
        $"{period switch { Periods.Quarter => "每季度", Periods.Month => "每月", Periods.Week => "每周", _ => "全年" }}{value:0.##}{unit}";

    /// <summary>The first number in a selection, with its 万/亿 (2,500 → 2500; 2.2万张 → 22000), so a marked "外借文献 110万册次" starts right.</summary>
    private static double? LeadingNumber(string quote)
    {
        var start = quote.TakeWhile(c => !char.IsAsciiDigit(c)).Count();
        var length = quote.Skip(start).TakeWhile(c => char.IsAsciiDigit(c) || c is '.' or ',').Count();
        var digits = quote.Substring(start, length).Replace(",", "", StringComparison.Ordinal).TrimEnd('.');
        if (!double.TryParse(digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)) return null;
        var next = start + length < quote.Length ? quote[start + length] : ' ';
        return next switch { '万' => value * 10_000, '亿' => value * 100_000_000, _ => value };
    }
}
