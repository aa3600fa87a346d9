using Portal.Domain.Localization;

namespace Portal.Api;

/// <summary>The problem titles and details of the API (ApiText.resx, English in ApiText.en.resx).</summary>
internal static class ApiText
{
    public static readonly TextResource Text = new(typeof(ApiText));
}
