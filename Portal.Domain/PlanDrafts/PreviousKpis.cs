using Portal.Domain.Plans;

namespace Portal.Domain.PlanDrafts;

/// <summary>A KPI of last year that a draft target probably continues, and how alike their names are (0–1).</summary>
public sealed record PreviousSuggestion(Kpi Kpi, double Similarity);

/// <summary>
/// Suggests which of last year's KPIs a new target continues: the same unit and a similar name (the Dice coefficient of
/// the names' character pairs, at least <see cref="Threshold"/>). Only a suggestion: the admin confirms the link.
/// </summary>
public static class PreviousKpis
{
    public const double Threshold = 0.5;

    public static PreviousSuggestion? Suggest(DraftTarget target, Plan? lastYear, IEnumerable<string> linkedElsewhere)
    {
        if (lastYear is null || target.Previous is not null) return null;
        var taken = linkedElsewhere.ToHashSet(StringComparer.Ordinal);
        return lastYear.Kpis
            .Where(k => !taken.Contains(k.Code) && string.Equals(k.Target.Unit.Trim(), target.Unit.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(k => new PreviousSuggestion(k, Math.Max(Similarity(target.Name, k.Name), Similarity(BaseName(target.Name), k.Name))))
            .Where(s => s.Similarity >= Threshold)
            .OrderByDescending(s => s.Similarity).ThenBy(s => s.Kpi.Code, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>Every target's suggestion, in the table's order, each KPI of last year given to one target at most.</summary>
    public static List<(DraftTarget Target, PreviousSuggestion Suggestion)> All(PlanDraft draft, Plan? lastYear)
    {
        var taken = draft.Targets.Select(t => t.Previous).OfType<string>().ToList();
        var all = new List<(DraftTarget, PreviousSuggestion)>();
        foreach (var t in draft.Targets)
        {
            if (Suggest(t, lastYear, taken) is not { } s) continue;
            all.Add((t, s));
            taken.Add(s.Kpi.Code);
        }
        return all;
    }

    /// <summary>
    /// Links <paramref name="target"/> to last year's <paramref name="kpi"/> (or unlinks it): a made-up code takes last
    /// year's, which keeps the KPI's identity, and an empty lead takes last year's lead division when the draft has it.
    /// </summary>
    public static void Link(PlanDraft draft, DraftTarget target, Kpi? kpi)
    {
        target.Previous = kpi?.Code;
        if (kpi is null) return;
        if (target.HasGeneratedCode && draft.Targets.All(o => o.Code != kpi.Code)) target.Code = kpi.Code;
        if (string.IsNullOrEmpty(target.Lead) && draft.Divisions.Any(d => d.Code == kpi.LeadDivision)) target.Lead = kpi.LeadDivision;
    }

    /// <summary>Accepts every suggestion at once (全部接受建议) and returns what was linked, for the draft's change note.</summary>
    public static List<(DraftTarget Target, Kpi Kpi)> AcceptAll(PlanDraft draft, Plan? lastYear)
    {
        var accepted = All(draft, lastYear).Select(a => (a.Target, a.Suggestion.Kpi)).ToList();
        foreach (var (target, kpi) in accepted) Link(draft, target, kpi);
        return accepted;
    }

    /// <summary>The Dice coefficient of two names' character bigrams: 1 for the same name, 0 for nothing in common.</summary>
    public static double Similarity(string a, string b)
    {
        var (x, y) = (Bigrams(a), Bigrams(b));
        if (x.Count == 0 || y.Count == 0) return a.Trim() == b.Trim() && a.Trim().Length > 0 ? 1 : 0;
        var common = 0;
        var rest = y.ToList();
        foreach (var g in x)
            if (rest.Remove(g)) common++;
        return 2.0 * common / (x.Count + y.Count);
    }

    /// <summary>The name without the period note the draft adds (编印简报（每月2期） → 编印简报).</summary>
    private static string BaseName(string name)
    {
        var cut = name.IndexOf('（');
        return cut > 0 ? name[..cut] : name;
    }

    private static List<string> Bigrams(string s)
    {
        var chars = s.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray();
        return Enumerable.Range(0, Math.Max(0, chars.Length - 1)).Select(i => new string(chars, i, 2)).ToList();
    }
}
