using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Portal.Domain.PlanDrafts;

/// <summary>
/// Writes a draft as a plan file (the format of seeds/plan-2013.json): each target's annual value and plan
/// qualifier (ADR 013), its opening level and the code of last year's KPI it continues. Validate first.
/// </summary>
public static class DraftPlanFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static string Json(PlanDraft draft) => JsonSerializer.Serialize(new
    {
        year = draft.Year ?? 0,
        title = draft.Title.Trim(),
        divisions = draft.Divisions.Select(d => new { code = d.Code, name = d.Name.Trim() }),
        sections = draft.Sections.Select(Section),
        kpis = draft.Targets.Select(Kpi),
    }, Options);

    private static object Section(DraftSection s) => new
    {
        code = s.Code, title = s.Title,
        items = s.Items.Select((i, n) => new { code = i.Code, number = Number(i.Code, n + 1), text = i.Text, owner = string.IsNullOrEmpty(i.Owner) ? null : i.Owner }),
        sections = s.Sections.Count == 0 ? null : s.Sections.Select(Section),
    };

    private static object Kpi(DraftTarget t) => new
    {
        code = t.Code, name = t.Name.Trim(), item = t.Item, target = t.AnnualTarget ?? 0, unit = t.Unit.Trim(),
        qualifier = t.PlanQualifier ?? t.Qualifier, aggregation = t.Aggregation, lead = t.Lead ?? "",
        divisionTargets = t.Split.Count == 0 ? null : t.Split.ToDictionary(s => s.Division, s => s.Target ?? 0),
        seasonality = t.Seasonality, fractional = t.Fractional, opening = t.Opening, previous = t.Previous,
    };

    /// <summary>The item's number is the last part of its code (五(一).3 → 3); its position when the code has none.</summary>
    private static int Number(string code, int position)
    {
        var dot = code.LastIndexOf('.');
        return dot >= 0 && int.TryParse(code[(dot + 1)..], out var n) ? n : position;
    }
}
