using Portal.Domain.Localization;

namespace Portal.Domain.PlanImport;

/// <summary>The messages of plan extraction (ImportText.resx, English in ImportText.en.resx).</summary>
internal static class ImportText
{
    public static readonly TextResource Text = new(typeof(ImportText));
}
