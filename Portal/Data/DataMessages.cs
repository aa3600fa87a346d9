using Portal.Domain.Localization;

namespace Portal.Data;

/// <summary>The messages of database configuration (DataMessages.resx, English in DataMessages.en.resx).</summary>
internal static class DataMessages
{
    public static readonly TextResource Text = new(typeof(DataMessages));
}
