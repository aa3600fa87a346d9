using System.Text;
using Portal.Domain.Localization;

namespace Portal.Backups;

/// <summary>What a file given to `restore` is, by its first bytes.</summary>
public enum BackupKind { Unknown, Sqlite, PostgresDump }

public static class BackupFile
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");
    private static readonly byte[] PgDumpHeader = Encoding.ASCII.GetBytes("PGDMP");

    public static BackupKind Kind(string file)
    {
        Span<byte> head = stackalloc byte[16];
        using var stream = File.OpenRead(file);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read >= SqliteHeader.Length && head[..SqliteHeader.Length].SequenceEqual(SqliteHeader)) return BackupKind.Sqlite;
        if (read >= PgDumpHeader.Length && head[..PgDumpHeader.Length].SequenceEqual(PgDumpHeader)) return BackupKind.PostgresDump;
        return BackupKind.Unknown;
    }

    public static string NotABackup(string file) =>
        BackupMessages.Text.Format("Restore.NotABackup", file);

    /// <summary>A backup whose schema has migrations this version of the portal does not know was made by a newer one.</summary>
    public static string? Newer(string file, IEnumerable<string> backupMigrations, IEnumerable<string> appMigrations)
    {
        var unknown = backupMigrations.Except(appMigrations).Order(StringComparer.Ordinal).ToList();
        return unknown.Count == 0 ? null
            : BackupMessages.Text.Format("Restore.Newer", file, ListText.Join(unknown));
    }
}
