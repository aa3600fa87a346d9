using System.Text;

namespace Portal.Backups.Export;

/// <summary>The README.txt of an export: what each file holds, in Chinese, for whoever opens the zip without the portal.</summary>
public static class ExportReadme
{
    public static string Text(DateTimeOffset exportedAt)
    {
        var text = new StringBuilder();
        text.AppendLine("浙江图书馆工作要点门户 · 全部数据导出");
        text.AppendLine($"导出时间：{Domain.Reporting.ChinaTime.Of(exportedAt):yyyy-MM-dd HH:mm:ss}（北京时间）");
        text.AppendLine();
        text.AppendLine("本压缩包含本馆在门户中的全部数据，可用任何表格软件或程序读取；在新安装的门户上运行");
        text.AppendLine("  dotnet run --project Portal -- import 本文件.zip");
        text.AppendLine("即可恢复相同的计划、数据和仪表板。CSV 文件均为 UTF-8（带 BOM）编码、逗号分隔、首行为列名；");
        text.AppendLine("以 = + - @ 开头的文字前加了一个英文单引号，以免表格软件把它当作公式（导入时会去掉）。");
        text.AppendLine("时间均为 UTC（ISO 8601），日期为 yyyy-MM-dd。");
        text.AppendLine();
        text.AppendLine("文件：");
        text.AppendLine($"- {LibraryExport.Manifest}：导出格式、版本、导出时间和数据库结构版本。");
        text.AppendLine($"- {LibraryExport.PlansFolder}年度.json：每个计划年度的计划文件（章节、任务、指标、目标、部门），格式与 seeds/plan-2013.json 和 GET /api/plans/{{年度}}/plan.json 相同，可用 plan import 单独导入。");
        foreach (var (file, description) in Files) text.AppendLine($"- {file}：{description}");
        return text.ToString();
    }

    private static IEnumerable<(string File, string Description)> Files =>
    [
        (ExportTables.Plans.File, ExportTables.Plans.Description),
        (ExportTables.PlanHistory.File, ExportTables.PlanHistory.Description),
        (ExportTables.Figures.File, ExportTables.Figures.Description),
        (ExportTables.Audit.File, ExportTables.Audit.Description),
        (ExportTables.Tasks.File, ExportTables.Tasks.Description),
        (ExportTables.TaskAudit.File, ExportTables.TaskAudit.Description),
        (ExportTables.Closures.File, ExportTables.Closures.Description),
        (ExportTables.Steps.File, ExportTables.Steps.Description),
        (ExportTables.Deadlines.File, ExportTables.Deadlines.Description),
        (ExportTables.DeadlineExceptions.File, ExportTables.DeadlineExceptions.Description),
        (ExportUsers.Table.File, ExportUsers.Table.Description),
    ];
}
