using MudBlazor;

namespace Portal.Shared;

public static class PortalTheme
{
    /// <summary>System CJK fonts only: the intranet has no access to web fonts.</summary>
    private static readonly string[] Fonts = ["\"PingFang SC\"", "\"Microsoft YaHei\"", "\"Noto Sans CJK SC\"", "\"WenQuanYi Zen Hei\"", "sans-serif"];

    public static readonly MudTheme Light = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1b5e7a", AppbarBackground = "#1b5e7a", Secondary = "#a0522d" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };
}
