using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Domain.Plans;

/// <summary>
/// Reads and writes the machine-readable plan (seeds/plan-YYYY.json). <see cref="Serialize"/> is the exact inverse of
/// <see cref="Parse"/>: Parse(Serialize(plan)) describes the same plan, and Serialize(Parse(json)) holds the same JSON
/// values as json (optional members left out when they have their default: no split, linear pace, active).
/// </summary>
public static class PlanFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        WriteIndented = true,
        // A file for people and programs, never embedded in HTML: Chinese and quotes stay as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static Plan Parse(string json)
    {
        PlanDto dto;
        try
        {
            dto = JsonSerializer.Deserialize<PlanDto>(json, Options) ?? throw new DomainException(PlanText.Text["File.Empty"]);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 1 } path ? PlanText.Text.Format("File.Where", path, e.LineNumber + 1) : "";
            throw new DomainException(PlanText.Text.Format("File.NotJson", where, e.Message));
        }
        return dto.ToPlan();
    }

    public static Plan Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>The plan as a plan file, in the layout of seeds/plan-2013.json (indented, camelCase).</summary>
    public static string Serialize(Plan plan) => JsonSerializer.Serialize(PlanDto.From(plan), Options);

    private sealed record PlanDto(int Year, string Title, List<DivisionDto> Divisions, List<SectionDto> Sections, List<KpiDto> Kpis)
    {
        public Plan ToPlan()
        {
            if (Divisions is null || Sections is null || Kpis is null)
                throw new DomainException(PlanText.Text["File.MissingLists"]);
            var sections = new List<Section>();
            foreach (var s in Sections) s.Flatten(null, sections);
            var sectionOfItem = new Dictionary<string, string>();
            foreach (var item in sections.SelectMany(s => s.Items))
                if (!sectionOfItem.TryAdd(item.Code, item.SectionCode)) throw new DomainException(PlanText.Text.Format("File.DuplicateItem", item.Code), "items");
            var kpis = Kpis.Select(k => k.ToKpi(sectionOfItem)).ToList();
            return new Plan(Year, Title ?? throw new DomainException(PlanText.Text["File.NoTitle"], "title"), sections, kpis,
                Divisions.Select(d => d.ToDivision()).ToList());
        }

        public static PlanDto From(Plan plan) => new(plan.Year, plan.Title,
            plan.Divisions.Select(d => new DivisionDto(d.Code, d.Name, d.RetiredFrom)).ToList(),
            plan.Sections.Where(s => s.IsTopLevel).Select(s => SectionDto.From(plan, s)).ToList(),
            // A contribution to a library above is derived from that library's plan when loaded (ADR 043), never written.
            plan.Kpis.Where(k => k.ContributesTo is null).Select(KpiDto.From).ToList());
    }

    private sealed record DivisionDto(string Code, string Name, int? RetiredFrom = null)
    {
        public Division ToDivision()
        {
            if (string.IsNullOrWhiteSpace(Code) || string.IsNullOrWhiteSpace(Name))
                throw new DomainException(PlanText.Text["File.DivisionFields"], "divisions");
            if (RetiredFrom is < 1 or > 12)
                throw new DomainException(PlanText.Text.Format("File.DivisionRetiredFrom", Code, RetiredFrom), "retiredFrom");
            return new Division(Code, Name, RetiredFrom);
        }
    }

    private sealed record ItemDto(string Code, int Number, string Text, string? Owner);

    private sealed record SectionDto(string Code, string Title, List<ItemDto>? Items, List<SectionDto>? Sections)
    {
        public void Flatten(string? parent, List<Section> into)
        {
            if (string.IsNullOrWhiteSpace(Code)) throw new DomainException(PlanText.Text["File.SectionCode"], "sections");
            var items = (Items ?? []).Select(i => string.IsNullOrWhiteSpace(i.Code)
                ? throw new DomainException(PlanText.Text.Format("File.ItemCode", Code), "items")
                : new PlanItem(i.Code, Code, i.Number, i.Text ?? "", i.Owner)).ToList();
            into.Add(new Section(Code, Title ?? "", parent, items));
            foreach (var child in Sections ?? []) child.Flatten(Code, into);
        }

        public static SectionDto From(Plan plan, Section s)
        {
            var children = plan.Sections.Where(c => c.ParentCode == s.Code).Select(c => From(plan, c)).ToList();
            return new(s.Code, s.Title, s.Items.Select(i => new ItemDto(i.Code, i.Number, i.Text, i.OwnerDivision)).ToList(),
                children.Count == 0 ? null : children);
        }
    }

    // The qualifier and aggregation are always written, also when they have the enum's first value (target, flow).
    private sealed record KpiDto(string Code, string Name, string Item, double Target, string Unit,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Qualifier Qualifier,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Aggregation Aggregation, string Lead, Dictionary<string, double>? DivisionTargets, List<double>? Seasonality, bool Fractional,
        double? Opening = null, string? Previous = null, int? RetiredFrom = null, JointDto? Joint = null)
    {
        public Kpi ToKpi(Dictionary<string, string> sectionOfItem)
        {
            var where = string.IsNullOrWhiteSpace(Code) ? PlanText.Text["File.SomeKpi"] : PlanText.Text.Format("File.Kpi", Code);
            if (string.IsNullOrWhiteSpace(Item)) throw new DomainException(PlanText.Text.Format("File.KpiNoItem", where), "item");
            if (string.IsNullOrWhiteSpace(Lead)) throw new DomainException(PlanText.Text.Format("File.KpiNoLead", where), "lead");
            return new(Code, Name ?? Code, Item, sectionOfItem.GetValueOrDefault(Item) ?? throw new DomainException(PlanText.Text.Format("File.KpiItemMissing", where, Item), "item"),
                new Target(Target, Unit, Qualifier), Aggregation, Lead, DivisionTargets, Seasonality, Fractional, Opening, Previous, RetiredFrom,
                Joint?.ToJoint(Code));
        }

        public static KpiDto From(Kpi k) => new(k.Code, k.Name, k.ItemCode, k.Target.Value, k.Target.Unit, k.Target.Qualifier,
            k.Aggregation, k.LeadDivision, k.IsSplit ? new Dictionary<string, double>(k.DivisionTargets) : null, k.Seasonality?.ToList(),
            k.Fractional, k.Opening, k.Previous, k.RetiredFrom, JointDto.From(k.Joint));
    }

    /// <summary>
    /// <c>{"libraries": "all"}</c>, <c>{"level": "city"}</c> or <c>{"libraries": ["hz-lib", …]}</c>, each with an optional
    /// <c>"division"</c>: the contributing libraries' division that enters the contribution.
    /// </summary>
    private sealed record JointDto(JsonElement? Libraries, string? Level, string? Division)
    {
        private const string All = "all";

        public JointTarget ToJoint(string kpi)
        {
            var libraries = Libraries is { ValueKind: not JsonValueKind.Null } l ? l : (JsonElement?)null;
            return (libraries, Level) switch
            {
                (null, { } level) => JointTarget.OfLevel(level, Division, kpi),
                ({ ValueKind: JsonValueKind.String } s, null) when s.GetString() == All => JointTarget.All(Division),
                ({ ValueKind: JsonValueKind.Array } a, null) when a.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
                    JointTarget.Of(a.EnumerateArray().Select(e => e.GetString()!), Division, kpi),
                _ => throw new DomainException(PlanText.Text.Format("Joint.Shape", kpi), "joint"),
            };
        }

        public static JointDto? From(JointTarget? joint) => joint?.Reach switch
        {
            null => null,
            JointReach.All => new(JsonSerializer.SerializeToElement(All), null, joint.Division),
            JointReach.Level => new(null, joint.Level, joint.Division),
            _ => new(JsonSerializer.SerializeToElement(joint.Libraries), null, joint.Division),
        };
    }
}
