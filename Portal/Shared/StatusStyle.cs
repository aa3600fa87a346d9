using MudBlazor;
using Portal.Domain.Engine;

namespace Portal.Shared;

/// <summary>One colour per status everywhere: chips, bars and the wall.</summary>
public static class StatusStyle
{
    public static Color Color(KpiStatus status) => status switch
    {
        KpiStatus.Achieved => MudBlazor.Color.Success,
        KpiStatus.OnTrack => MudBlazor.Color.Info,
        KpiStatus.Behind => MudBlazor.Color.Warning,
        KpiStatus.AtRisk => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };

    public static string Key(KpiStatus status) => "Status." + status;

    /// <summary>A KPI retired by the month shown is 已停用, in the neutral colour: history, not a judgement.</summary>
    public static Color Color(KpiResult result) => result.Retired ? MudBlazor.Color.Default : Color(result.Status);

    public static string Key(KpiResult result) => result.Retired ? "Status.Retired" : Key(result.Status);
}
