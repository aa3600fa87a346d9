using Portal.Domain.Localization;

namespace Portal.Domain.Plans;

/// <summary>
/// The edits an admin can make to a published plan, each giving a new <see cref="Plan"/> of the same year (checked by
/// its constructor like any plan). They never remove a KPI or division that may hold figures: the caller checks the
/// figures before <see cref="RemoveKpi"/> and <see cref="RemoveDivision"/>, and retires instead (ADR 014).
/// </summary>
public static class PlanRevisions
{
    /// <param name="split">The division split (empty: the lead carries it all); it must add up to the target.</param>
    public static Plan ChangeTarget(Plan plan, string code, double target, string lead, IReadOnlyDictionary<string, double> split)
    {
        var kpi = plan.Kpi(code);
        RequireActiveDivision(plan, lead, PlanText.Text.Format("Role.KpiLead", code));
        foreach (var d in split.Keys) RequireActiveDivision(plan, d, PlanText.Text.Format("Role.KpiShare", code));
        if (split.Count > 0 && Math.Abs(split.Values.Sum() - target) > 1e-6 * Math.Max(1, target))
            throw new DomainException(PlanText.Text.Format("Revise.SplitSum", code, split.Values.Sum(), target), "divisionTargets");
        var revised = kpi.Revise(new Target(target, kpi.Target.Unit, kpi.Target.Qualifier), lead, split);
        return With(plan, kpis: plan.Kpis.Select(k => k.Code == code ? revised : k).ToList());
    }

    public static Plan AddKpi(Plan plan, Kpi kpi)
    {
        if (plan.HasKpi(kpi.Code)) throw new DomainException(PlanText.Text.Format("Revise.KpiExists", kpi.Code), "code");
        RequireActiveDivision(plan, kpi.LeadDivision, PlanText.Text.Format("Role.KpiLead", kpi.Code));
        return With(plan, kpis: [.. plan.Kpis, kpi]);
    }

    /// <summary>Retires a KPI from a month on: its figures and history stay, it stops counting in rollups from then.</summary>
    public static Plan RetireKpi(Plan plan, string code, int fromMonth)
    {
        var kpi = plan.Kpi(code);
        if (kpi.RetiredFrom is { } r) throw new DomainException(PlanText.Text.Format("Revise.KpiRetired", code, r), "code");
        return With(plan, kpis: plan.Kpis.Select(k => k.Code == code ? k.Revise(retiredFrom: RequireMonth(fromMonth)) : k).ToList());
    }

    /// <summary>Removes a KPI that has no figures (one added by mistake); the caller has checked that it has none.</summary>
    public static Plan RemoveKpi(Plan plan, string code)
    {
        plan.KpiIndex(code);
        return With(plan, kpis: plan.Kpis.Where(k => k.Code != code).ToList());
    }

    public static Plan MoveItem(Plan plan, string itemCode, string division)
    {
        var item = plan.Item(itemCode) ?? throw new DomainException(PlanText.Text.Format("Revise.NoItem", itemCode), "item");
        RequireActiveDivision(plan, division, PlanText.Text.Format("Role.ItemOwner", itemCode));
        if (item.OwnerDivision == division) throw new DomainException(PlanText.Text.Format("Revise.SameOwner", itemCode), "division");
        var sections = plan.Sections.Select(s => s.Code != item.SectionCode ? s
            : s with { Items = s.Items.Select(i => i.Code == itemCode ? i with { OwnerDivision = division } : i).ToList() }).ToList();
        return With(plan, sections: sections);
    }

    public static Plan AddDivision(Plan plan, string code, string name)
    {
        code = code.Trim();
        if (!IsCode(code)) throw new DomainException(PlanText.Text.Format("Revise.DivisionCodeInvalid", code), "code");
        if (plan.HasDivision(code)) throw new DomainException(PlanText.Text.Format("Revise.DivisionExists", code), "code");
        return With(plan, divisions: [.. plan.Divisions, new Division(code, RequireName(name))]);
    }

    public static Plan RenameDivision(Plan plan, string code, string name)
    {
        var division = plan.Division(code);
        name = RequireName(name);
        if (division.Name == name) throw new DomainException(PlanText.Text.Format("Revise.SameName", code, name), "name");
        return With(plan, divisions: plan.Divisions.Select(d => d.Code == code ? d with { Name = name } : d).ToList());
    }

    /// <summary>Retires a division from a month on; it must first hand over the KPIs it leads or carries and the items it owns.</summary>
    public static Plan RetireDivision(Plan plan, string code, int fromMonth)
    {
        var division = plan.Division(code);
        if (division.RetiredFrom is { } r) throw new DomainException(PlanText.Text.Format("Revise.DivisionRetired", division.Name, r), "code");
        RequireUnused(plan, division, PlanText.Text["Verb.Retire"]);
        return With(plan, divisions: plan.Divisions.Select(d => d.Code == code ? d with { RetiredFrom = RequireMonth(fromMonth) } : d).ToList());
    }

    /// <summary>Removes a division that has no figures (one added by mistake); the caller has checked that it has none.</summary>
    public static Plan RemoveDivision(Plan plan, string code)
    {
        RequireUnused(plan, plan.Division(code), PlanText.Text["Verb.Remove"]);
        return With(plan, divisions: plan.Divisions.Where(d => d.Code != code).ToList());
    }

    private static void RequireUnused(Plan plan, Division division, string what)
    {
        var leads = plan.Kpis.Where(k => k.RetiredFrom is null && (k.LeadDivision == division.Code || k.DivisionTargets.ContainsKey(division.Code)))
            .Select(k => k.Code).ToList();
        if (leads.Count > 0)
            throw new DomainException(PlanText.Text.Format("Revise.DivisionLeads", division.Name, ListText.Join(leads), what), "code");
        var items = plan.Items.Where(i => i.OwnerDivision == division.Code).Select(i => i.Code).ToList();
        if (items.Count > 0)
            throw new DomainException(PlanText.Text.Format("Revise.DivisionOwns", division.Name, ListText.Join(items), what), "code");
    }

    private static void RequireActiveDivision(Plan plan, string code, string role)
    {
        if (plan.Division(code).RetiredFrom is not null)
            throw new DomainException(PlanText.Text.Format("Revise.RoleRetired", role, plan.Division(code).Name), "division");
    }

    private static int RequireMonth(int month) => month is >= 1 and <= 12 ? month
        : throw new DomainException(PlanText.Text.Format("Revise.RetireMonth", month), "month");

    private static string RequireName(string name) => string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100
        ? throw new DomainException(PlanText.Text["Revise.DivisionName"], "name") : name.Trim();

    private static bool IsCode(string code) =>
        code.Length is > 0 and <= 50 && code.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && code[0] != '-';

    private static Plan With(Plan plan, IReadOnlyList<Section>? sections = null, IReadOnlyList<Kpi>? kpis = null, IReadOnlyList<Division>? divisions = null) =>
        new(plan.Year, plan.Title, sections ?? plan.Sections, kpis ?? plan.Kpis, divisions ?? plan.Divisions);
}
