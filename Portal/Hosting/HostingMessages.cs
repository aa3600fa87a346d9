using Portal.Domain.Localization;

namespace Portal.Hosting;

/// <summary>The messages of start-up, the command line and the pages that explain a wrong address (HostingMessages.resx, English in HostingMessages.en.resx).</summary>
internal static class HostingMessages
{
    public static readonly TextResource Text = new(typeof(HostingMessages));
}
