using Portal.Data.Entities;
using Portal.Domain.Progress;

namespace Portal.Backups.Export;

/// <summary>The CSV files of a library's export (ADR 029), in the order they are written and imported.</summary>
public static class ExportTables
{
    public static readonly ExportTable<FigureRecord> Figures = new("figures.csv",
        "填报数据：每个年度、指标、部门、月份一行；value 为数值，version 为修改次数，updatedAt 为最后修改时间（UTC），updatedBy 为修改人。",
        ["year", "kpi", "division", "month", "value", "note", "version", "updatedAt", "updatedBy"],
        f => [f.Year, f.Kpi, f.Division, f.Month, f.Value, f.Note, f.Version, f.UpdatedAt, f.UpdatedBy],
        r => new FigureRecord
        {
            Year = r.Int("year"), Kpi = r.Required("kpi"), Division = r.Required("division"), Month = r.Int("month"),
            Value = r.Double("value") ?? 0, Note = r.Text("note"), Version = r.Int("version"), UpdatedAt = r.At("updatedAt"), UpdatedBy = r.Required("updatedBy"),
        });

    public static readonly ExportTable<FigureAudit> Audit = new("audit.csv",
        "填报数据的修改记录：每次新增（Create）、修改（Update）、删除（Delete）一行，含旧值、新值、说明、修改人和时间（UTC）。",
        ["year", "kpi", "division", "month", "action", "oldValue", "newValue", "note", "by", "at"],
        a => [a.Year, a.Kpi, a.Division, a.Month, a.Action, a.OldValue, a.NewValue, a.Note, a.By, a.At],
        r => new FigureAudit
        {
            Year = r.Int("year"), Kpi = r.Required("kpi"), Division = r.Required("division"), Month = r.Int("month"),
            Action = r.Enum<AuditAction>("action"), OldValue = r.Double("oldValue"), NewValue = r.Double("newValue"),
            Note = r.Text("note"), By = r.Required("by"), At = r.At("at"),
        });

    public static readonly ExportTable<ItemProgressRecord> Tasks = new("tasks.csv",
        "工作任务的进度：status 为 NotStarted（未开始）、InProgress（进行中）、Done（已完成）、Blocked（受阻），percent 为完成百分比，owner 为负责部门。",
        ["year", "item", "status", "percent", "note", "owner", "version", "updatedAt", "updatedBy"],
        i => [i.Year, i.ItemCode, i.Status, i.Percent, i.Note, i.Owner, i.Version, i.UpdatedAt, i.UpdatedBy],
        r => new ItemProgressRecord
        {
            Year = r.Int("year"), ItemCode = r.Required("item"), Status = r.Enum<ItemStatus>("status"), Percent = r.Int("percent"),
            Note = r.Text("note"), Owner = r.Text("owner") ?? "", Version = r.Int("version"), UpdatedAt = r.At("updatedAt"), UpdatedBy = r.Required("updatedBy"),
        });

    public static readonly ExportTable<ItemAudit> TaskAudit = new("task-audit.csv",
        "工作任务进度的修改记录：每次修改一行，含修改前后的状态、百分比和负责部门。",
        ["year", "item", "oldStatus", "newStatus", "oldPercent", "newPercent", "oldOwner", "newOwner", "note", "by", "at"],
        a => [a.Year, a.ItemCode, a.OldStatus, a.NewStatus, a.OldPercent, a.NewPercent, a.OldOwner, a.NewOwner, a.Note, a.By, a.At],
        r => new ItemAudit
        {
            Year = r.Int("year"), ItemCode = r.Required("item"), OldStatus = r.EnumOrNull<ItemStatus>("oldStatus"), NewStatus = r.Enum<ItemStatus>("newStatus"),
            OldPercent = r.IntOrNull("oldPercent"), NewPercent = r.Int("newPercent"), OldOwner = r.Text("oldOwner"), NewOwner = r.Text("newOwner") ?? "",
            Note = r.Text("note"), By = r.Required("by"), At = r.At("at"),
        });

    public static readonly ExportTable<MonthClose> Closures = new("closures.csv",
        "已提交（关账）的月份：每个年度、部门、月份一行，含提交人、时间、缺报原因、缺报个数，以及审核人和审核时间。",
        ["year", "division", "month", "closedBy", "closedAt", "reason", "missing", "reviewedBy", "reviewedAt"],
        c => [c.Year, c.Division, c.Month, c.ClosedBy, c.ClosedAt, c.Reason, c.Missing, c.ReviewedBy, c.ReviewedAt],
        r => new MonthClose
        {
            Year = r.Int("year"), Division = r.Required("division"), Month = r.Int("month"), ClosedBy = r.Required("closedBy"),
            ClosedAt = r.At("closedAt"), Reason = r.Text("reason"), Missing = r.Int("missing"), ReviewedBy = r.Text("reviewedBy"), ReviewedAt = r.AtOrNull("reviewedAt"),
        });

    public static readonly ExportTable<AuditEvent> Steps = new("reporting-steps.csv",
        "填报流程和账号管理的记录：提交、撤回、审核、退回、管理员更正、截止日期修改，以及账号的新建、角色修改、锁定和密码重置（不含密码）。",
        ["kind", "by", "at", "year", "division", "month", "subject", "detail"],
        e => [e.Kind, e.By, e.At, e.Year, e.Division, e.Month, e.Subject, e.Detail],
        r => new AuditEvent
        {
            Kind = r.Enum<AuditEventKind>("kind"), By = r.Required("by"), At = r.At("at"), Year = r.IntOrNull("year"),
            Division = r.Text("division"), Month = r.IntOrNull("month"), Subject = r.Text("subject"), Detail = r.Text("detail"),
        });

    public static readonly ExportTable<ReportingYear> Deadlines = new("deadlines.csv",
        "各年度的填报截止日：defaultDay 为次月几日（24:00，北京时间）截止，及最后修改人和时间。",
        ["year", "defaultDay", "updatedBy", "updatedAt"],
        y => [y.Year, y.DefaultDay, y.UpdatedBy, y.UpdatedAt],
        r => new ReportingYear { Year = r.Int("year"), DefaultDay = r.Int("defaultDay"), UpdatedBy = r.Required("updatedBy"), UpdatedAt = r.At("updatedAt") });

    public static readonly ExportTable<DeadlineException> DeadlineExceptions = new("deadline-exceptions.csv",
        "截止日的例外（如春节）：某年度某月份的数据截止到 dueDate（yyyy-MM-dd）。",
        ["year", "month", "dueDate", "note"],
        e => [e.Year, e.Month, e.DueDate, e.Note],
        r => new DeadlineException { Year = r.Int("year"), Month = r.Int("month"), DueDate = r.Day("dueDate"), Note = r.Text("note") });

    public static readonly ExportTable<PlanAudit> PlanHistory = new("plan-history.csv",
        "计划的发布和修改记录：每次修改一行，含版本、修改内容、旧值、新值、原因、修改人和时间。",
        ["year", "version", "action", "subject", "oldValue", "newValue", "reason", "by", "at"],
        a => [a.Year, a.Version, a.Action, a.Subject, a.OldValue, a.NewValue, a.Reason, a.By, a.At],
        r => new PlanAudit
        {
            Year = r.Int("year"), Version = r.Int("version"), Action = r.Required("action"), Subject = r.Required("subject"),
            OldValue = r.Text("oldValue"), NewValue = r.Text("newValue"), Reason = r.Text("reason") ?? "", By = r.Required("by"), At = r.At("at"),
        });

    public static readonly ExportTable<PlanDocument> Plans = new("plans.csv",
        "计划年度：每个年度一行，含标题、当前版本、最后修改时间和修改人；各年度的完整计划见 plans 文件夹。",
        ["year", "title", "version", "updatedAt", "updatedBy"],
        p => [p.Year, p.Title, p.Version, p.UpdatedAt, p.UpdatedBy],
        r => new PlanDocument { Year = r.Int("year"), Title = r.Required("title"), Json = "", Version = r.Int("version"), UpdatedAt = r.At("updatedAt"), UpdatedBy = r.Text("updatedBy") });
}
