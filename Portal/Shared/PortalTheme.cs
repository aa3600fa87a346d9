using MudBlazor;

namespace Portal.Shared;

public static class PortalTheme
{
    /// <summary>System CJK fonts only: the intranet has no access to web fonts. The wall uses them too.</summary>
    public static readonly string[] Fonts = ["\"PingFang SC\"", "\"Microsoft YaHei\"", "\"Noto Sans CJK SC\"", "\"WenQuanYi Zen Hei\"", "sans-serif"];

    public static readonly MudTheme Light = new()
    {
        // Every colour that carries text or a status reaches 4.5:1 against white (and white text on it): MudBlazor's
        // defaults are 1.9–3.7:1. The ratios are listed in docs/adr/034-accessibility-contrast-motion-axe.md.
        PaletteLight = new PaletteLight
        {
            Primary = "#1b5e7a",
            AppbarBackground = "#1b5e7a",
            Secondary = "#a0522d",
            Success = "#2e7d32",
            Info = "#1565c0",
            Warning = "#a15c00",
            Error = "#c62828",
            TextSecondary = "#575757",
            ActionDefault = "#575757",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };
}
