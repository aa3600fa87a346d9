using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Portal.Languages;

/// <summary>
/// MudBlazor's own words (Close, Increment, Breadcrumb, the pager's) from MudText.resx. MudBlazor asks it for any
/// culture but English, for which it keeps its built-in text; MudText.en.resx holds the same English for completeness.
/// </summary>
public sealed class PortalMudLocalizer(IStringLocalizer<MudText> text) : MudLocalizer
{
    public override LocalizedString this[string key] => text[key];

    public override LocalizedString this[string key, params object[] arguments] => text[key, arguments];
}

/// <summary>Marker for MudBlazor's strings in the portal's two languages.</summary>
public sealed class MudText;
