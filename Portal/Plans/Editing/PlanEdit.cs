using System.Globalization;
using Portal.Domain.Localization;
using Portal.Domain.Plans;

namespace Portal.Plans.Editing;

/// <summary>
/// One change an admin makes to a published plan. <see cref="Apply"/> gives the revised plan (the domain checks it);
/// <see cref="Describe"/> the old and new value as the audit shows them. Action names are stable (stored in PlanAudit).
/// </summary>
public abstract record PlanEdit
{
    public abstract string Action { get; }
    public abstract string Subject { get; }
    public abstract Plan Apply(Plan plan);
    public abstract (string? Old, string? New) Describe(Plan before, Plan after);

    /// <summary>The item whose owner division changes, if any: its tracked progress moves with it.</summary>
    public virtual (string Item, string Division)? MovesItem => null;

    internal static string Number(double v) => v.ToString("#,0.####", CultureInfo.InvariantCulture);

    internal static string DivisionName(Plan plan, string code) => plan.HasDivision(code) ? plan.Division(code).Name : code;

    internal static string Terms(Plan plan, Kpi k)
    {
        var split = k.IsSplit ? PlanMessages.Text.Get("Audit.SplitLabel", TextResource.Chinese) + ListText.Join(k.DivisionTargets.Select(t => $"{DivisionName(plan, t.Key)} {Number(t.Value)}"), TextResource.Chinese) : "";
        return PlanMessages.Text.Format(TextResource.Chinese, "Audit.Terms", Number(k.Target.Value), k.Target.Unit, DivisionName(plan, k.LeadDivision), split);
    }
}

/// <summary>A new target, lead division or split of a KPI (mid-year); figures already entered stay as they are.</summary>
public sealed record ChangeTarget(string Kpi, double Target, string Lead, IReadOnlyDictionary<string, double> Split) : PlanEdit
{
    public override string Action => "kpi-target";
    public override string Subject => Kpi;
    public override Plan Apply(Plan plan) => PlanRevisions.ChangeTarget(plan, Kpi, Target, Lead, Split);
    public override (string?, string?) Describe(Plan before, Plan after) => (Terms(before, before.Kpi(Kpi)), Terms(after, after.Kpi(Kpi)));
}

public sealed record AddKpi(string Code, string Name, string Item, double Target, string Unit, Qualifier Qualifier, Aggregation Aggregation,
    string Lead, double? Opening = null, string? Previous = null, bool Fractional = false) : PlanEdit
{
    public override string Action => "kpi-add";
    public override string Subject => Code.Trim();

    public override Plan Apply(Plan plan)
    {
        var item = plan.Item(Item) ?? throw new Domain.DomainException(PlanMessages.Text.Format("Edit.NoItem", Item), "item");
        if (string.IsNullOrWhiteSpace(Name)) throw new Domain.DomainException(PlanMessages.Text["Edit.NoName"], "name");
        var kpi = new Kpi(Subject, Name.Trim(), item.Code, item.SectionCode, new Target(Target, Unit?.Trim() ?? "", Qualifier), Aggregation, Lead,
            fractional: Fractional, opening: Opening, previous: Previous);
        return PlanRevisions.AddKpi(plan, kpi);
    }

    public override (string?, string?) Describe(Plan before, Plan after) => (null, PlanMessages.Text.Format(TextResource.Chinese, "Audit.AddedKpi", after.Kpi(Subject).Name, Item, Terms(after, after.Kpi(Subject))));
}

public sealed record RetireKpi(string Kpi, int FromMonth) : PlanEdit
{
    public override string Action => "kpi-retire";
    public override string Subject => Kpi;
    public override Plan Apply(Plan plan) => PlanRevisions.RetireKpi(plan, Kpi, FromMonth);
    public override (string?, string?) Describe(Plan before, Plan after) => (PlanMessages.Text.Get("Audit.InUse", TextResource.Chinese), PlanMessages.Text.Format(TextResource.Chinese, "Audit.RetiredFrom", FromMonth));
}

/// <summary>Removes a KPI without figures; the editor refuses it when figures exist (retire instead).</summary>
public sealed record RemoveKpi(string Kpi) : PlanEdit
{
    public override string Action => "kpi-remove";
    public override string Subject => Kpi;
    public override Plan Apply(Plan plan) => PlanRevisions.RemoveKpi(plan, Kpi);
    public override (string?, string?) Describe(Plan before, Plan after) => (PlanMessages.Text.Format(TextResource.Chinese, "Audit.NamedTerms", before.Kpi(Kpi).Name, Terms(before, before.Kpi(Kpi))), null);
}

public sealed record MoveItem(string Item, string Division) : PlanEdit
{
    public override string Action => "item-move";
    public override string Subject => Item;
    public override Plan Apply(Plan plan) => PlanRevisions.MoveItem(plan, Item, Division);
    public override (string Item, string Division)? MovesItem => (Item, Division);

    public override (string?, string?) Describe(Plan before, Plan after) =>
        (before.Item(Item)?.OwnerDivision is { } o ? DivisionName(before, o) : PlanMessages.Text.Get("Audit.NoOwner", TextResource.Chinese), DivisionName(after, Division));
}

public sealed record AddDivision(string Code, string Name) : PlanEdit
{
    public override string Action => "division-add";
    public override string Subject => Code.Trim();
    public override Plan Apply(Plan plan) => PlanRevisions.AddDivision(plan, Code, Name);
    public override (string?, string?) Describe(Plan before, Plan after) => (null, after.Division(Subject).Name);
}

public sealed record RenameDivision(string Code, string Name) : PlanEdit
{
    public override string Action => "division-rename";
    public override string Subject => Code;
    public override Plan Apply(Plan plan) => PlanRevisions.RenameDivision(plan, Code, Name);
    public override (string?, string?) Describe(Plan before, Plan after) => (before.Division(Code).Name, after.Division(Code).Name);
}

public sealed record RetireDivision(string Code, int FromMonth) : PlanEdit
{
    public override string Action => "division-retire";
    public override string Subject => Code;
    public override Plan Apply(Plan plan) => PlanRevisions.RetireDivision(plan, Code, FromMonth);
    public override (string?, string?) Describe(Plan before, Plan after) => (PlanMessages.Text.Format(TextResource.Chinese, "Audit.NamedTerms", before.Division(Code).Name, PlanMessages.Text.Get("Audit.InUse", TextResource.Chinese)), PlanMessages.Text.Format(TextResource.Chinese, "Audit.RetiredFrom", FromMonth));
}

/// <summary>Removes a division without figures; the editor refuses it when figures exist (retire instead).</summary>
public sealed record RemoveDivision(string Code) : PlanEdit
{
    public override string Action => "division-remove";
    public override string Subject => Code;
    public override Plan Apply(Plan plan) => PlanRevisions.RemoveDivision(plan, Code);
    public override (string?, string?) Describe(Plan before, Plan after) => (before.Division(Code).Name, null);
}

/// <summary>
/// Makes a KPI a joint target carried with the libraries below (or, with null, no longer one: ADR 043). The codes of
/// a list are checked against the tree by the editor; the contributors' rows follow at once.
/// </summary>
public sealed record ChangeJoint(string Kpi, JointTarget? Joint) : PlanEdit
{
    public override string Action => "kpi-joint";
    public override string Subject => Kpi;

    public override Plan Apply(Plan plan)
    {
        plan.KpiIndex(Kpi); // refuses an unknown code, naming it
        var kpis = plan.Kpis.Select(k => k.Code == Kpi ? k.WithJoint(Joint) : k).ToList();
        return new Plan(plan.Year, plan.Title, plan.Sections, kpis, plan.Divisions);
    }

    public override (string?, string?) Describe(Plan before, Plan after) => (Text(before.Kpi(Kpi).Joint), Text(after.Kpi(Kpi).Joint));

    internal static string Text(JointTarget? joint) => joint?.Reach switch
    {
        null => PlanMessages.Text.Get("Audit.JointNone", TextResource.Chinese),
        JointReach.All => PlanMessages.Text.Get("Audit.JointAll", TextResource.Chinese),
        JointReach.Level => PlanMessages.Text.Format(TextResource.Chinese, "Audit.JointLevel." + joint.Level),
        _ => ListText.Join(joint.Libraries, TextResource.Chinese),
    } + (joint?.Division is { } d ? PlanMessages.Text.Format(TextResource.Chinese, "Audit.JointDivision", d) : "");
}

/// <summary>The whole definition replaced by a plan file (`plan import --replace`); the figures must all still fit.</summary>
public sealed record ReplacePlan(string Json) : PlanEdit
{
    public override string Action => "replace";
    public override string Subject => "plan.json";

    public override Plan Apply(Plan plan)
    {
        var next = PlanFile.Parse(Json);
        if (next.Year != plan.Year) throw new Domain.DomainException(PlanMessages.Text.Format("Edit.WrongYear", next.Year, plan.Year), "year");
        return next;
    }

    public override (string?, string?) Describe(Plan before, Plan after) => (PlanPublisher.Summary(before), PlanPublisher.Summary(after));
}
