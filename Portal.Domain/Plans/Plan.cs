namespace Portal.Domain.Plans;

/// <summary>
/// One year's work plan: sections, items, KPIs and the divisions that report. Immutable once built; the
/// constructor checks that every reference resolves, so an inconsistent plan file is refused up front.
/// </summary>
public sealed class Plan
{
    private readonly Dictionary<string, int> _kpiIndex;
    private readonly Dictionary<string, int> _divisionIndex;
    private readonly Dictionary<string, PlanItem> _items;

    public Plan(int year, string title, IReadOnlyList<Section> sections, IReadOnlyList<Kpi> kpis, IReadOnlyList<Division> divisions)
    {
        if (year is < 1900 or > 2200) throw new DomainException(PlanText.Text.Format("Plan.Year", year), "year");
        Year = year;
        Title = title;
        Sections = sections;
        Kpis = kpis;
        Divisions = divisions;
        _divisionIndex = IndexUnique(divisions.Select(d => d.Code), PlanText.Text["Noun.Division"]);
        _kpiIndex = IndexUnique(kpis.Select(k => k.Code), PlanText.Text["Noun.Kpi"]);
        var sectionCodes = IndexUnique(sections.Select(s => s.Code), PlanText.Text["Noun.Section"]);
        _items = sections.SelectMany(s => s.Items).ToDictionary(i => i.Code);
        foreach (var s in sections.Where(s => s.ParentCode is not null && !sectionCodes.ContainsKey(s.ParentCode)))
            throw new DomainException(PlanText.Text.Format("Plan.NoParent", s.Code, s.ParentCode), "sections");
        foreach (var item in _items.Values.Where(i => i.OwnerDivision is not null))
            RequireDivision(item.OwnerDivision!);
        foreach (var k in kpis) Validate(k, sectionCodes);
        Layout = new PlanLayout(this);
    }

    public int Year { get; }
    public string Title { get; }
    public IReadOnlyList<Section> Sections { get; }
    public IReadOnlyList<Kpi> Kpis { get; }
    public IReadOnlyList<Division> Divisions { get; }
    public IEnumerable<PlanItem> Items => Sections.SelectMany(s => s.Items);
    internal PlanLayout Layout { get; }

    public int KpiIndex(string code) => _kpiIndex.TryGetValue(code, out var i) ? i
        : throw new DomainException(code.StartsWith(JointContribution.Prefix, StringComparison.Ordinal)
            ? PlanText.Text.Format("Plan.JointNotAsked", code) // a joint target above that no longer names this library (ADR 043)
            : PlanText.Text.Format("Plan.UnknownKpi", code, Kpis.FirstOrDefault()?.Code), "kpi");

    public int DivisionIndex(string code) => _divisionIndex.TryGetValue(code, out var i) ? i
        : throw new DomainException(PlanText.Text.Format("Plan.UnknownDivision", code, Divisions.FirstOrDefault()?.Code), "division");

    public bool HasKpi(string code) => _kpiIndex.ContainsKey(code);
    public bool HasDivision(string code) => _divisionIndex.ContainsKey(code);
    public Kpi Kpi(string code) => Kpis[KpiIndex(code)];
    public Division Division(string code) => Divisions[DivisionIndex(code)];
    public PlanItem? Item(string code) => _items.GetValueOrDefault(code);

    /// <summary>The section and, for a top-level section, its sub-sections' codes.</summary>
    public IReadOnlySet<string> SectionScope(string sectionCode) =>
        Sections.Where(s => s.Code == sectionCode || s.ParentCode == sectionCode).Select(s => s.Code).ToHashSet();

    private void Validate(Kpi k, Dictionary<string, int> sectionCodes)
    {
        // A contribution's item and section are the joint target's, in the plan above (ADR 043).
        if (k.ContributesTo is not null)
        {
            RequireDivision(k.LeadDivision);
            return;
        }
        if (!_items.TryGetValue(k.ItemCode, out var item))
            throw new DomainException(PlanText.Text.Format("Plan.KpiItemMissing", k.Code, k.ItemCode), "kpis");
        if (item.SectionCode != k.SectionCode || !sectionCodes.ContainsKey(k.SectionCode))
            throw new DomainException(PlanText.Text.Format("Plan.KpiSectionMismatch", k.Code, k.SectionCode, k.ItemCode), "kpis");
        RequireDivision(k.LeadDivision);
        foreach (var (division, target) in k.DivisionTargets)
        {
            RequireDivision(division);
            if (!double.IsFinite(target) || target < 0)
                throw new DomainException(PlanText.Text.Format("Plan.SplitInvalid", k.Code, division), "kpis");
        }
    }

    private void RequireDivision(string code) => DivisionIndex(code);

    private static Dictionary<string, int> IndexUnique(IEnumerable<string> codes, string what)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in codes)
            if (!index.TryAdd(code, index.Count))
                throw new DomainException(PlanText.Text.Format("Plan.DuplicateCode", what, code), what);
        return index;
    }
}
