using System.Text.RegularExpressions;
using Portal.Domain.Plans;

namespace Portal.Domain.PlanDrafts;

/// <summary>
/// Everything that keeps a draft from becoming a plan, each said in Chinese next to its field. A draft with no issue
/// is also parsed as a plan file, so that whatever the domain would refuse is found here and not at publishing.
/// </summary>
public static partial class DraftValidator
{
    private const double SplitTolerance = 1e-6;

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex CodePattern();

    /// <param name="existingYears">The plan years already published.</param>
    /// <param name="lastYear">The plan the targets' "previous" links point into.</param>
    public static IReadOnlyList<DraftIssue> Validate(PlanDraft draft, IReadOnlyCollection<int> existingYears, Plan? lastYear)
    {
        var issues = new List<DraftIssue>();
        Header(draft, existingYears, issues);
        var divisions = Divisions(draft, issues);
        var items = Sections(draft, divisions, issues);
        foreach (var t in draft.Targets) Target(t, draft, items, divisions, lastYear, issues);
        if (issues.Count == 0)
        {
            try
            {
                PlanFile.Parse(DraftPlanFile.Json(draft));
            }
            catch (DomainException e)
            {
                issues.Add(new DraftIssue(e.Field ?? "plan", e.Message));
            }
        }
        return issues;
    }

    private static void Header(PlanDraft draft, IReadOnlyCollection<int> existingYears, List<DraftIssue> issues)
    {
        if (draft.Year is not { } year || year is < 1900 or > 2200)
            issues.Add(new("year", DraftText.Text["Year.Missing"]));
        else if (existingYears.Contains(year))
            issues.Add(new("year", DraftText.Text.Format("Year.Published", year)));
        if (string.IsNullOrWhiteSpace(draft.Title))
            issues.Add(new("title", DraftText.Text["Title.Missing"]));
    }

    private static HashSet<string> Divisions(PlanDraft draft, List<DraftIssue> issues)
    {
        if (draft.Divisions.Count == 0) issues.Add(new("divisions", DraftText.Text["Divisions.None"]));
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in draft.Divisions)
        {
            if (!CodePattern().IsMatch(d.Code))
                issues.Add(new("divisions", DraftText.Text.Format("Division.CodeInvalid", d.Name, d.Code)));
            else if (!codes.Add(d.Code))
                issues.Add(new("divisions", DraftText.Text.Format("Division.CodeTwice", d.Code)));
            if (string.IsNullOrWhiteSpace(d.Name))
                issues.Add(new("divisions", DraftText.Text.Format("Division.NoName", d.Code)));
        }
        return codes;
    }

    private static HashSet<string> Sections(PlanDraft draft, HashSet<string> divisions, List<DraftIssue> issues)
    {
        if (draft.Sections.Count == 0) issues.Add(new("sections", DraftText.Text["Sections.None"]));
        var sections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in draft.AllSections())
        {
            if (string.IsNullOrWhiteSpace(s.Code)) issues.Add(new("sections", DraftText.Text.Format("Section.NoCode", s.Title)));
            else if (!sections.Add(s.Code)) issues.Add(new("sections", DraftText.Text.Format("Section.CodeTwice", s.Code)));
        }
        var items = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in draft.AllItems())
        {
            if (string.IsNullOrWhiteSpace(i.Code)) issues.Add(new("sections", DraftText.Text["Item.NoCode"]));
            else if (!items.Add(i.Code)) issues.Add(new("sections", DraftText.Text.Format("Item.CodeTwice", i.Code)));
            if (i.Owner is { Length: > 0 } owner && !divisions.Contains(owner))
                issues.Add(new("sections", DraftText.Text.Format("Item.OwnerUnknown", i.Code, owner)));
        }
        return items;
    }

    private static void Target(DraftTarget t, PlanDraft draft, HashSet<string> items, HashSet<string> divisions, Plan? lastYear, List<DraftIssue> issues)
    {
        var label = string.IsNullOrWhiteSpace(t.Name) ? t.Code : t.Name;
        void Add(string field, string message) => issues.Add(new(field, message, t.Id));

        if (string.IsNullOrWhiteSpace(t.Code)) Add("code", DraftText.Text["Kpi.NoCode"]);
        else if (!CodePattern().IsMatch(t.Code)) Add("code", DraftText.Text.Format("Kpi.CodeInvalid", t.Code));
        else if (draft.Targets.Count(o => o.Code == t.Code) > 1) Add("code", DraftText.Text.Format("Kpi.CodeTwice", t.Code));
        if (string.IsNullOrWhiteSpace(t.Name)) Add("name", DraftText.Text["Kpi.NoName"]);
        if (!items.Contains(t.Item)) Add("item", string.IsNullOrEmpty(t.Item) ? DraftText.Text["Kpi.NoItem"] : DraftText.Text.Format("Kpi.ItemUnknown", t.Item));
        Value(t, label, Add);
        if (string.IsNullOrWhiteSpace(t.Unit)) Add("unit", DraftText.Text.Format("Kpi.NoUnit", label));
        if (t.Aggregation == Aggregations.Stock && t.Period != Periods.Year)
            Add("period", DraftText.Text.Format("Kpi.StockPeriod", label));
        Opening(t, label, Add);
        if (string.IsNullOrWhiteSpace(t.Lead)) Add("lead", DraftText.Text.Format("Kpi.NoLead", label));
        else if (!divisions.Contains(t.Lead)) Add("lead", DraftText.Text.Format("Kpi.LeadUnknown", label, t.Lead));
        Split(t, label, divisions, Add);
        Seasonality(t, label, Add);
        Previous(t, draft, lastYear, label, Add);
    }

    private static void Value(DraftTarget t, string label, Action<string, string> add)
    {
        if (t.Value is not { } v || !double.IsFinite(v) || v <= 0) { add("value", DraftText.Text.Format("Value.NotPositive", label)); return; }
        if (t.Qualifier == Qualifiers.AtMost)
            add("qualifier", DraftText.Text.Format("Value.AtMost", label));
        if (t.Qualifier != Qualifiers.Range) return;
        if (t.Min is not { } min || !double.IsFinite(min) || min <= 0 || min >= v)
            add("value", DraftText.Text.Format("Value.RangeMin", label, v));
        else if (t.RangeBound is null)
            add("qualifier", DraftText.Text.Format("Value.RangeBound", label, min, v, t.Unit));
    }

    private static void Opening(DraftTarget t, string label, Action<string, string> add)
    {
        if (t.Opening is not { } o) return;
        if (t.Aggregation != Aggregations.Stock) add("opening", DraftText.Text.Format("Opening.OnFlow", label));
        else if (!double.IsFinite(o) || o < 0 || (t.AnnualTarget is { } target && o >= target))
            add("opening", DraftText.Text.Format("Opening.Range", label, t.AnnualTarget));
    }

    private static void Split(DraftTarget t, string label, HashSet<string> divisions, Action<string, string> add)
    {
        if (t.Split.Count == 0) return;
        foreach (var s in t.Split)
        {
            if (!divisions.Contains(s.Division)) add("split", DraftText.Text.Format("Split.DivisionUnknown", label, s.Division));
            if (s.Target is not { } v || !double.IsFinite(v) || v < 0) add("split", DraftText.Text.Format("Split.Negative", label, s.Division));
        }
        if (t.Split.GroupBy(s => s.Division).Any(g => g.Count() > 1)) add("split", DraftText.Text.Format("Split.Twice", label));
        if (t.AnnualTarget is { } target && Math.Abs(t.SplitTotal - target) > SplitTolerance * Math.Max(1, target))
            add("split", DraftText.Text.Format("Split.Sum", label, t.SplitTotal, target, target - t.SplitTotal));
    }

    private static void Seasonality(DraftTarget t, string label, Action<string, string> add)
    {
        if (t.Seasonality is not { } w) return;
        if (w.Count != 12) add("seasonality", DraftText.Text.Format("Seasonality.Twelve", label, w.Count));
        else if (w.Any(x => !double.IsFinite(x) || x < 0) || w.Sum() <= 0) add("seasonality", DraftText.Text.Format("Seasonality.Negative", label));
    }

    private static void Previous(DraftTarget t, PlanDraft draft, Plan? lastYear, string label, Action<string, string> add)
    {
        if (t.Previous is null) return;
        if (lastYear is null || !lastYear.HasKpi(t.Previous))
            add("previous", DraftText.Text.Format("Previous.Unknown", label, t.Previous));
        else if (draft.Targets.Count(o => o.Previous == t.Previous) > 1)
            add("previous", DraftText.Text.Format("Previous.Twice", lastYear.Kpi(t.Previous).Name));
    }
}
