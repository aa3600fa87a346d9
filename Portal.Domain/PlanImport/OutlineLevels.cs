namespace Portal.Domain.PlanImport;

/// <summary>What a kind of label stands for in one document: a section, a sub-section or an item.</summary>
public enum OutlineRole { Section, SubSection, Item }

/// <summary>
/// Picks the document's levels from the labels it uses. A kind is used when its 1 starts a line somewhere. The highest used kind (第一部分 &gt; 一、 &gt; （一） &gt; 1. &gt; （1） &gt; ①) makes the sections; the next
/// is a sub-section when it is a heading kind (一、 or （一）), and the one after it the items; otherwise the next is
/// the items. Lower kinds stay in their item's text. A document that uses none is read as paragraphs.
/// </summary>
public static class OutlineLevels
{
    public static Dictionary<LabelKind, OutlineRole> Assign(IEnumerable<OutlineLabel> labels)
    {
        var kinds = labels.Where(l => l.Number == 1).Select(l => l.Kind).Distinct().Order().ToList();
        var roles = new Dictionary<LabelKind, OutlineRole>();
        if (kinds.Count == 0) return roles;
        roles[kinds[0]] = OutlineRole.Section;
        if (kinds.Count == 1) return roles;
        if (kinds[1] is LabelKind.Han or LabelKind.ParenHan)
        {
            roles[kinds[1]] = OutlineRole.SubSection;
            if (kinds.Count > 2) roles[kinds[2]] = OutlineRole.Item;
        }
        else roles[kinds[1]] = OutlineRole.Item;
        return roles;
    }
}
