using Portal.Domain.Localization;

namespace Portal.Backups;

/// <summary>
/// The messages of backups, restores, exports and imports and the export's README outside components
/// (BackupMessages.resx, English in BackupMessages.en.resx).
/// </summary>
internal static class BackupMessages
{
    public static readonly TextResource Text = new(typeof(BackupMessages));
}
