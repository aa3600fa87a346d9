using Portal.Domain;
using Portal.Domain.Plans;

namespace Portal.Plans.Editing;

public enum DraftKind { Target, AddKpi, RetireKpi, RemoveKpi, MoveItem, AddDivision, RenameDivision, RetireDivision, RemoveDivision, Joint }

/// <summary>
/// What the plan editor's form holds while an admin fills it in, and the <see cref="PlanEdit"/> it becomes. It keeps
/// the plan version the admin started from, so that an edit made meanwhile by someone else is refused as stale.
/// </summary>
public sealed class EditDraft
{
    public required DraftKind Kind { get; init; }
    public required int Version { get; init; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Item { get; set; } = "";
    public double? Target { get; set; }
    public string Unit { get; set; } = "";
    public Qualifier Qualifier { get; set; } = Qualifier.Target;
    public Aggregation Aggregation { get; set; } = Aggregation.Flow;
    public string Lead { get; set; } = "";
    public double? Opening { get; set; }
    public string Previous { get; set; } = "";
    public bool SplitOn { get; set; }
    public Dictionary<string, double?> Split { get; } = [];
    public int Month { get; set; } = 1;
    public string Division { get; set; } = "";
    public string Reason { get; set; } = "";

    /// <summary>A joint target's reach as the form offers it: none, all, city, county or list (ADR 043).</summary>
    public string JointReach { get; set; } = "none";
    public string JointLibraries { get; set; } = "";
    public string JointDivision { get; set; } = "";

    public static EditDraft ForJoint(Kpi kpi, int version) => new()
    {
        Kind = DraftKind.Joint, Version = version, Code = kpi.Code,
        JointReach = kpi.Joint switch { null => "none", { Reach: Domain.Plans.JointReach.All } => "all", { Reach: Domain.Plans.JointReach.Level } j => j.Level!, _ => "list" },
        JointLibraries = string.Join(", ", kpi.Joint?.Libraries ?? []),
        JointDivision = kpi.Joint?.Division ?? "",
    };

    private JointTarget? Joint() => JointReach switch
    {
        "none" => null,
        "all" => JointTarget.All(JointDivision),
        "list" => JointTarget.Of(JointLibraries.Split([',', '，', '、', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), JointDivision, Code),
        _ => JointTarget.OfLevel(JointReach, JointDivision, Code),
    };

    public static EditDraft ForTarget(Kpi kpi, IEnumerable<Division> active, int version)
    {
        var draft = new EditDraft { Kind = DraftKind.Target, Version = version, Code = kpi.Code, Target = kpi.Target.Value, Lead = kpi.LeadDivision, SplitOn = kpi.IsSplit };
        foreach (var d in active) draft.Split[d.Code] = kpi.DivisionTargets.TryGetValue(d.Code, out var t) ? t : null;
        return draft;
    }

    /// <summary>The sum of the split as entered, for the form to show against the target.</summary>
    public double SplitSum => Split.Values.Sum(v => v ?? 0);

    public PlanEdit ToEdit() => Kind switch
    {
        DraftKind.Target => new ChangeTarget(Code, Require(Target, PlanMessages.Text["Edit.Target"]), Lead,
            SplitOn ? Split.Where(s => s.Value is > 0).ToDictionary(s => s.Key, s => s.Value!.Value) : new Dictionary<string, double>()),
        DraftKind.AddKpi => new AddKpi(Code, Name, Item, Require(Target, PlanMessages.Text["Edit.Target"]), Unit, Qualifier, Aggregation, Lead,
            Aggregation == Aggregation.Stock ? Opening : null, string.IsNullOrWhiteSpace(Previous) ? null : Previous.Trim()),
        DraftKind.RetireKpi => new RetireKpi(Code, Month),
        DraftKind.RemoveKpi => new RemoveKpi(Code),
        DraftKind.MoveItem => new MoveItem(Item, Division),
        DraftKind.AddDivision => new AddDivision(Code, Name),
        DraftKind.RenameDivision => new RenameDivision(Code, Name),
        DraftKind.RetireDivision => new RetireDivision(Code, Month),
        DraftKind.Joint => new ChangeJoint(Code, Joint()),
        _ => new RemoveDivision(Code),
    };

    private static double Require(double? value, string what) => value ?? throw new DomainException(PlanMessages.Text.Format("Edit.Required", what), "target");
}
