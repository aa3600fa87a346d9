using MudBlazor;
using Portal.Domain.Progress;

namespace Portal.PlanItems;

/// <summary>One colour and one resource key per task status, on the plan page, the report and division pages.</summary>
public static class ItemStatusStyle
{
    public static Color Color(ItemStatus status) => status switch
    {
        ItemStatus.Done => MudBlazor.Color.Success,
        ItemStatus.InProgress => MudBlazor.Color.Info,
        ItemStatus.Blocked => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };

    public static string Key(ItemStatus status) => "Status." + status;

    public static readonly ItemStatus[] All = Enum.GetValues<ItemStatus>();
}
