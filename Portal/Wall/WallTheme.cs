using MudBlazor;
using Portal.Shared;

namespace Portal.Wall;

/// <summary>A dark theme for a TV across a room: deep background, bright text, saturated status colours.</summary>
public static class WallTheme
{
    public static readonly MudTheme Dark = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#4fb3d9",
            Background = "#0a1120",
            Surface = "#121c30",
            TextPrimary = "#f1f5f9",
            TextSecondary = "#a9b6c8",
            // Shown for 暂无数据 text as well as for rings: it must still reach 4.5:1 on the surface.
            TextDisabled = "#8a97ab",
            Success = "#2fcf6f",
            Info = "#3fa9f5",
            Warning = "#f5b50b",
            Error = "#ff5d5d",
            LinesDefault = "#24324a",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = PortalTheme.Fonts } },
    };
}
