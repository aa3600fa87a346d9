using Portal.Data.Entities;
using Portal.Domain.Progress;

namespace Portal.Backups.Export;

/// <summary>The CSV files of a library's export (ADR 029), in the order they are written and imported.</summary>
public static class ExportTables
{
    public static readonly ExportTable<FigureRecord> Figures = new("figures.csv",
        "Table.figures.csv",
        ["year", "kpi", "division", "month", "value", "note", "version", "updatedAt", "updatedBy"],
        f => [f.Year, f.Kpi, f.Division, f.Month, f.Value, f.Note, f.Version, f.UpdatedAt, f.UpdatedBy],
        r => new FigureRecord
        {
            Year = r.Int("year"), Kpi = r.Required("kpi"), Division = r.Required("division"), Month = r.Int("month"),
            Value = r.Double("value") ?? 0, Note = r.Text("note"), Version = r.Int("version"), UpdatedAt = r.At("updatedAt"), UpdatedBy = r.Required("updatedBy"),
        });

    public static readonly ExportTable<FigureAudit> Audit = new("audit.csv",
        "Table.audit.csv",
        ["year", "kpi", "division", "month", "action", "oldValue", "newValue", "note", "by", "at"],
        a => [a.Year, a.Kpi, a.Division, a.Month, a.Action, a.OldValue, a.NewValue, a.Note, a.By, a.At],
        r => new FigureAudit
        {
            Year = r.Int("year"), Kpi = r.Required("kpi"), Division = r.Required("division"), Month = r.Int("month"),
            Action = r.Enum<AuditAction>("action"), OldValue = r.Double("oldValue"), NewValue = r.Double("newValue"),
            Note = r.Text("note"), By = r.Required("by"), At = r.At("at"),
        });

    public static readonly ExportTable<ItemProgressRecord> Tasks = new("tasks.csv",
        "Table.tasks.csv",
        ["year", "item", "status", "percent", "note", "owner", "version", "updatedAt", "updatedBy"],
        i => [i.Year, i.ItemCode, i.Status, i.Percent, i.Note, i.Owner, i.Version, i.UpdatedAt, i.UpdatedBy],
        r => new ItemProgressRecord
        {
            Year = r.Int("year"), ItemCode = r.Required("item"), Status = r.Enum<ItemStatus>("status"), Percent = r.Int("percent"),
            Note = r.Text("note"), Owner = r.Text("owner") ?? "", Version = r.Int("version"), UpdatedAt = r.At("updatedAt"), UpdatedBy = r.Required("updatedBy"),
        });

    public static readonly ExportTable<ItemAudit> TaskAudit = new("task-audit.csv",
        "Table.task-audit.csv",
        ["year", "item", "oldStatus", "newStatus", "oldPercent", "newPercent", "oldOwner", "newOwner", "note", "by", "at"],
        a => [a.Year, a.ItemCode, a.OldStatus, a.NewStatus, a.OldPercent, a.NewPercent, a.OldOwner, a.NewOwner, a.Note, a.By, a.At],
        r => new ItemAudit
        {
            Year = r.Int("year"), ItemCode = r.Required("item"), OldStatus = r.EnumOrNull<ItemStatus>("oldStatus"), NewStatus = r.Enum<ItemStatus>("newStatus"),
            OldPercent = r.IntOrNull("oldPercent"), NewPercent = r.Int("newPercent"), OldOwner = r.Text("oldOwner"), NewOwner = r.Text("newOwner") ?? "",
            Note = r.Text("note"), By = r.Required("by"), At = r.At("at"),
        });

    public static readonly ExportTable<MonthClose> Closures = new("closures.csv",
        "Table.closures.csv",
        ["year", "division", "month", "closedBy", "closedAt", "reason", "missing", "reviewedBy", "reviewedAt"],
        c => [c.Year, c.Division, c.Month, c.ClosedBy, c.ClosedAt, c.Reason, c.Missing, c.ReviewedBy, c.ReviewedAt],
        r => new MonthClose
        {
            Year = r.Int("year"), Division = r.Required("division"), Month = r.Int("month"), ClosedBy = r.Required("closedBy"),
            ClosedAt = r.At("closedAt"), Reason = r.Text("reason"), Missing = r.Int("missing"), ReviewedBy = r.Text("reviewedBy"), ReviewedAt = r.AtOrNull("reviewedAt"),
        });

    public static readonly ExportTable<AuditEvent> Steps = new("reporting-steps.csv",
        "Table.reporting-steps.csv",
        ["kind", "by", "at", "year", "division", "month", "subject", "detail"],
        e => [e.Kind, e.By, e.At, e.Year, e.Division, e.Month, e.Subject, e.Detail],
        r => new AuditEvent
        {
            Kind = r.Enum<AuditEventKind>("kind"), By = r.Required("by"), At = r.At("at"), Year = r.IntOrNull("year"),
            Division = r.Text("division"), Month = r.IntOrNull("month"), Subject = r.Text("subject"), Detail = r.Text("detail"),
        });

    public static readonly ExportTable<ReportingYear> Deadlines = new("deadlines.csv",
        "Table.deadlines.csv",
        ["year", "defaultDay", "updatedBy", "updatedAt"],
        y => [y.Year, y.DefaultDay, y.UpdatedBy, y.UpdatedAt],
        r => new ReportingYear { Year = r.Int("year"), DefaultDay = r.Int("defaultDay"), UpdatedBy = r.Required("updatedBy"), UpdatedAt = r.At("updatedAt") });

    public static readonly ExportTable<DeadlineException> DeadlineExceptions = new("deadline-exceptions.csv",
        "Table.deadline-exceptions.csv",
        ["year", "month", "dueDate", "note"],
        e => [e.Year, e.Month, e.DueDate, e.Note],
        r => new DeadlineException { Year = r.Int("year"), Month = r.Int("month"), DueDate = r.Day("dueDate"), Note = r.Text("note") });

    public static readonly ExportTable<PlanAudit> PlanHistory = new("plan-history.csv",
        "Table.plan-history.csv",
        ["year", "version", "action", "subject", "oldValue", "newValue", "reason", "by", "at"],
        a => [a.Year, a.Version, a.Action, a.Subject, a.OldValue, a.NewValue, a.Reason, a.By, a.At],
        r => new PlanAudit
        {
            Year = r.Int("year"), Version = r.Int("version"), Action = r.Required("action"), Subject = r.Required("subject"),
            OldValue = r.Text("oldValue"), NewValue = r.Text("newValue"), Reason = r.Text("reason") ?? "", By = r.Required("by"), At = r.At("at"),
        });

    public static readonly ExportTable<PlanDocument> Plans = new("plans.csv",
        "Table.plans.csv",
        ["year", "title", "version", "updatedAt", "updatedBy"],
        p => [p.Year, p.Title, p.Version, p.UpdatedAt, p.UpdatedBy],
        r => new PlanDocument { Year = r.Int("year"), Title = r.Required("title"), Json = "", Version = r.Int("version"), UpdatedAt = r.At("updatedAt"), UpdatedBy = r.Text("updatedBy") });
}
