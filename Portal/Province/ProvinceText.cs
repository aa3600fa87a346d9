using Portal.Domain.Localization;

namespace Portal.Province;

/// <summary>The UI text of the province page and its exports' messages (ProvinceText.resx).</summary>
public sealed class ProvinceText
{
    public static readonly TextResource Text = new(typeof(ProvinceText));
}
