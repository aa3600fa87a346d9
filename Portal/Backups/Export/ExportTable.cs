namespace Portal.Backups.Export;

/// <summary>One CSV file of the export: its name, what the README says of it, its columns, and the row both ways.</summary>
public sealed record ExportTable<T>(string File, string DescriptionKey, string[] Columns, Func<T, object?[]> Cells, Func<ExportRow, T> Read)
{
    /// <summary>Read when the README is written, in that request's language (BackupMessages.resx).</summary>
    public string Description => BackupMessages.Text[DescriptionKey];
}
