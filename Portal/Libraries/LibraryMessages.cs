using Portal.Domain.Localization;

namespace Portal.Libraries;

/// <summary>The libraries' messages (LibraryMessages.resx, English in LibraryMessages.en.resx).</summary>
internal static class LibraryMessages
{
    public static readonly TextResource Text = new(typeof(LibraryMessages));
}
