using System.Text;

namespace Portal.Backups.Export;

/// <summary>The README.txt of an export: what each file holds, in Chinese, for whoever opens the zip without the portal.</summary>
public static class ExportReadme
{
    public static string Text(DateTimeOffset exportedAt)
    {
        var text = new StringBuilder();
        text.AppendLine(BackupMessages.Text["Readme.Title"]);
        text.AppendLine(BackupMessages.Text.Format("Readme.ExportedAt", Domain.Reporting.ChinaTime.Of(exportedAt)));
        text.AppendLine();
        text.AppendLine(BackupMessages.Text["Readme.Intro1"]);
        text.AppendLine(BackupMessages.Text["Readme.Intro2"]);
        text.AppendLine(BackupMessages.Text["Readme.Intro3"]);
        text.AppendLine(BackupMessages.Text["Readme.Intro4"]);
        text.AppendLine(BackupMessages.Text["Readme.Intro5"]);
        text.AppendLine();
        text.AppendLine(BackupMessages.Text["Readme.Files"]);
        text.AppendLine(BackupMessages.Text.Format("Readme.Manifest", LibraryExport.Manifest));
        text.AppendLine(BackupMessages.Text.Format("Readme.Plans", LibraryExport.PlansFolder));
        foreach (var (file, description) in Files) text.AppendLine(BackupMessages.Text.Format("Readme.FileLine", file, description));
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
