using Portal.Domain.Localization;

namespace Portal.PlanImport;

/// <summary>The messages of plan documents and drafts (ImportMessages.resx, English in ImportMessages.en.resx).</summary>
internal static class ImportMessages
{
    public static readonly TextResource Text = new(typeof(ImportMessages));
}
