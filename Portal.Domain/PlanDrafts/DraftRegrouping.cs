namespace Portal.Domain.PlanDrafts;

/// <summary>
/// Moves an item to another section (regrouping a plan read as a flat list of paragraphs): it gets the next free
/// code there (二.3), and the targets found in it follow it.
/// </summary>
public static class DraftRegrouping
{
    /// <summary>The item's new code, or null when the item or the section does not exist or it is there already.</summary>
    public static string? MoveItem(PlanDraft draft, string itemCode, string sectionCode)
    {
        var from = draft.AllSections().FirstOrDefault(s => s.Items.Any(i => i.Code == itemCode));
        var to = draft.AllSections().FirstOrDefault(s => s.Code == sectionCode);
        if (from is null || to is null || from == to) return null;
        var item = from.Items.First(i => i.Code == itemCode);
        var taken = draft.AllItems().Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var n = to.Items.Count + 1;
        while (taken.Contains($"{to.Code}.{n}")) n++;
        from.Items.Remove(item);
        item.Code = $"{to.Code}.{n}";
        to.Items.Add(item);
        foreach (var t in draft.Targets.Where(t => t.Item == itemCode)) t.Item = item.Code;
        return item.Code;
    }
}
