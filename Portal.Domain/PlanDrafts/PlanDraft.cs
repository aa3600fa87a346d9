namespace Portal.Domain.PlanDrafts;

/// <summary>
/// A new year's plan as the admin reviews it before publishing: what the extractor read, made editable. Mutable on
/// purpose (the review page binds to it) and stored as JSON (<see cref="DraftJson"/>); it becomes a plan file only
/// through <see cref="DraftPlanFile"/>, after <see cref="DraftValidator"/> finds nothing wrong.
/// </summary>
public sealed class PlanDraft
{
    public int? Year { get; set; }
    public string Title { get; set; } = "";
    public List<DraftDivision> Divisions { get; set; } = [];
    public List<DraftSection> Sections { get; set; } = [];
    public List<DraftTarget> Targets { get; set; } = [];

    /// <summary>Every section, sub-sections after their parent, in document order.</summary>
    public IEnumerable<DraftSection> AllSections() => Sections.SelectMany(s => s.WithDescendants());

    public IEnumerable<DraftItem> AllItems() => AllSections().SelectMany(s => s.Items);

    public DraftTarget? Target(string id) => Targets.FirstOrDefault(t => t.Id == id);

    /// <summary>An id no target of this draft has yet (t1, t2 …): stable across edits, unlike the code.</summary>
    public string NextTargetId()
    {
        var n = Targets.Count + 1;
        while (Targets.Any(t => t.Id == $"t{n}")) n++;
        return $"t{n}";
    }

    /// <summary>A code in the "kpi.NN" series that no target uses yet; the admin replaces it or links last year's.</summary>
    public string NextCode()
    {
        var n = Targets.Count + 1;
        while (Targets.Any(t => t.Code == DraftTarget.GeneratedCode(n))) n++;
        return DraftTarget.GeneratedCode(n);
    }
}

/// <summary>A division that reports in the new plan (copied from last year by default).</summary>
public sealed class DraftDivision
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
}

/// <summary>A section (一) or sub-section (五(一)) with its numbered items.</summary>
public sealed class DraftSection
{
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public List<DraftItem> Items { get; set; } = [];
    public List<DraftSection> Sections { get; set; } = [];

    public IEnumerable<DraftSection> WithDescendants() => Sections.SelectMany(s => s.WithDescendants()).Prepend(this);
}

/// <summary>A numbered item (三.2) with its text and, optionally, the division that owns it.</summary>
public sealed class DraftItem
{
    public string Code { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Owner { get; set; }
}
