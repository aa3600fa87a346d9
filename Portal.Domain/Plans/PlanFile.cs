using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Domain.Plans;

/// <summary>Reads the machine-readable plan (seeds/plan-YYYY.json) into a validated <see cref="Plan"/>.</summary>
public static class PlanFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static Plan Parse(string json)
    {
        PlanDto dto;
        try
        {
            dto = JsonSerializer.Deserialize<PlanDto>(json, Options) ?? throw new DomainException("计划文件为空。");
        }
        catch (JsonException e)
        {
            throw new DomainException($"计划文件不是有效的 JSON：{e.Message}");
        }
        return dto.ToPlan();
    }

    public static Plan Load(string path) => Parse(File.ReadAllText(path));

    private sealed record PlanDto(int Year, string Title, List<DivisionDto> Divisions, List<SectionDto> Sections, List<KpiDto> Kpis)
    {
        public Plan ToPlan()
        {
            var sections = new List<Section>();
            foreach (var s in Sections) s.Flatten(null, sections);
            var sectionOfItem = sections.SelectMany(s => s.Items).ToDictionary(i => i.Code, i => i.SectionCode);
            var kpis = Kpis.Select(k => k.ToKpi(sectionOfItem)).ToList();
            return new Plan(Year, Title, sections, kpis, Divisions.Select(d => new Division(d.Code, d.Name)).ToList());
        }
    }

    private sealed record DivisionDto(string Code, string Name);

    private sealed record ItemDto(string Code, int Number, string Text, string? Owner);

    private sealed record SectionDto(string Code, string Title, List<ItemDto>? Items, List<SectionDto>? Sections)
    {
        public void Flatten(string? parent, List<Section> into)
        {
            var items = (Items ?? []).Select(i => new PlanItem(i.Code, Code, i.Number, i.Text, i.Owner)).ToList();
            into.Add(new Section(Code, Title, parent, items));
            foreach (var child in Sections ?? []) child.Flatten(Code, into);
        }
    }

    private sealed record KpiDto(string Code, string Name, string Item, double Target, string Unit, Qualifier Qualifier,
        Aggregation Aggregation, string Lead, Dictionary<string, double>? DivisionTargets, List<double>? Seasonality, bool Fractional,
        double? Opening = null, string? Previous = null)
    {
        public Kpi ToKpi(Dictionary<string, string> sectionOfItem) =>
            new(Code, Name, Item, sectionOfItem.GetValueOrDefault(Item) ?? throw new DomainException($"指标 {Code} 引用的条目 {Item} 不存在。"),
                new Target(Target, Unit, Qualifier), Aggregation, Lead, DivisionTargets, Seasonality, Fractional, Opening, Previous);
    }
}
