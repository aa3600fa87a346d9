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
        RequireActiveDivision(plan, lead, $"指标 {code} 的牵头部门");
        foreach (var d in split.Keys) RequireActiveDivision(plan, d, $"指标 {code} 的分解部门");
        if (split.Count > 0 && Math.Abs(split.Values.Sum() - target) > 1e-6 * Math.Max(1, target))
            throw new DomainException($"指标 {code} 的分解目标合计为 {split.Values.Sum():0.##}，与年度目标 {target:0.##} 不一致。请调整各部门的分解数，使合计等于目标。", "divisionTargets");
        var revised = kpi.Revise(new Target(target, kpi.Target.Unit, kpi.Target.Qualifier), lead, split);
        return With(plan, kpis: plan.Kpis.Select(k => k.Code == code ? revised : k).ToList());
    }

    public static Plan AddKpi(Plan plan, Kpi kpi)
    {
        if (plan.HasKpi(kpi.Code)) throw new DomainException($"指标代码“{kpi.Code}”已经存在，请换一个代码。", "code");
        RequireActiveDivision(plan, kpi.LeadDivision, $"指标 {kpi.Code} 的牵头部门");
        return With(plan, kpis: [.. plan.Kpis, kpi]);
    }

    /// <summary>Retires a KPI from a month on: its figures and history stay, it stops counting in rollups from then.</summary>
    public static Plan RetireKpi(Plan plan, string code, int fromMonth)
    {
        var kpi = plan.Kpi(code);
        if (kpi.RetiredFrom is { } r) throw new DomainException($"指标 {code} 已于 {r} 月起停用。", "code");
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
        var item = plan.Item(itemCode) ?? throw new DomainException($"计划中没有条目“{itemCode}”。", "item");
        RequireActiveDivision(plan, division, $"条目 {itemCode} 的负责部门");
        if (item.OwnerDivision == division) throw new DomainException($"条目 {itemCode} 已经由该部门负责。", "division");
        var sections = plan.Sections.Select(s => s.Code != item.SectionCode ? s
            : s with { Items = s.Items.Select(i => i.Code == itemCode ? i with { OwnerDivision = division } : i).ToList() }).ToList();
        return With(plan, sections: sections);
    }

    public static Plan AddDivision(Plan plan, string code, string name)
    {
        code = code.Trim();
        if (!IsCode(code)) throw new DomainException($"部门代码“{code}”无效：请用小写英文字母、数字和连字符，例如 new-media。", "code");
        if (plan.HasDivision(code)) throw new DomainException($"部门代码“{code}”已经存在。", "code");
        return With(plan, divisions: [.. plan.Divisions, new Division(code, RequireName(name))]);
    }

    public static Plan RenameDivision(Plan plan, string code, string name)
    {
        var division = plan.Division(code);
        name = RequireName(name);
        if (division.Name == name) throw new DomainException($"部门 {code} 的名称已经是“{name}”。", "name");
        return With(plan, divisions: plan.Divisions.Select(d => d.Code == code ? d with { Name = name } : d).ToList());
    }

    /// <summary>Retires a division from a month on; it must first hand over the KPIs it leads or carries and the items it owns.</summary>
    public static Plan RetireDivision(Plan plan, string code, int fromMonth)
    {
        var division = plan.Division(code);
        if (division.RetiredFrom is { } r) throw new DomainException($"部门 {division.Name} 已于 {r} 月起停用。", "code");
        RequireUnused(plan, division, "停用");
        return With(plan, divisions: plan.Divisions.Select(d => d.Code == code ? d with { RetiredFrom = RequireMonth(fromMonth) } : d).ToList());
    }

    /// <summary>Removes a division that has no figures (one added by mistake); the caller has checked that it has none.</summary>
    public static Plan RemoveDivision(Plan plan, string code)
    {
        RequireUnused(plan, plan.Division(code), "删除");
        return With(plan, divisions: plan.Divisions.Where(d => d.Code != code).ToList());
    }

    private static void RequireUnused(Plan plan, Division division, string what)
    {
        var leads = plan.Kpis.Where(k => k.RetiredFrom is null && (k.LeadDivision == division.Code || k.DivisionTargets.ContainsKey(division.Code)))
            .Select(k => k.Code).ToList();
        if (leads.Count > 0)
            throw new DomainException($"部门 {division.Name} 仍牵头或承担指标 {string.Join("、", leads)}，不能{what}。请先把这些指标改由其他部门负责。", "code");
        var items = plan.Items.Where(i => i.OwnerDivision == division.Code).Select(i => i.Code).ToList();
        if (items.Count > 0)
            throw new DomainException($"部门 {division.Name} 仍负责条目 {string.Join("、", items)}，不能{what}。请先把这些条目移交给其他部门。", "code");
    }

    private static void RequireActiveDivision(Plan plan, string code, string role)
    {
        if (plan.Division(code).RetiredFrom is not null)
            throw new DomainException($"{role}“{plan.Division(code).Name}”已停用，请选择在用的部门。", "division");
    }

    private static int RequireMonth(int month) => month is >= 1 and <= 12 ? month
        : throw new DomainException($"停用月份必须在 1 到 12 之间，收到的是 {month}。", "month");

    private static string RequireName(string name) => string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100
        ? throw new DomainException("部门名称不能为空，最多 100 个字。", "name") : name.Trim();

    private static bool IsCode(string code) =>
        code.Length is > 0 and <= 50 && code.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && code[0] != '-';

    private static Plan With(Plan plan, IReadOnlyList<Section>? sections = null, IReadOnlyList<Kpi>? kpis = null, IReadOnlyList<Division>? divisions = null) =>
        new(plan.Year, plan.Title, sections ?? plan.Sections, kpis ?? plan.Kpis, divisions ?? plan.Divisions);
}
