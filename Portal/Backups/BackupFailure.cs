namespace Portal.Backups;

/// <summary>A backup, restore, export or import that cannot go on, with a Chinese message for whoever runs it.</summary>
public sealed class BackupFailure(string message, Exception? inner = null) : Exception(message, inner);
