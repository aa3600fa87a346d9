namespace Portal.Backups;

/// <summary>Marker for the UI text of backups and export on the admin page (BackupText.resx).</summary>
public sealed class BackupText;
