using Portal.Domain.Localization;

namespace Portal.PlanItems;

/// <summary>The messages of task progress (ItemMessages.resx, English in ItemMessages.en.resx).</summary>
internal static class ItemMessages
{
    public static readonly TextResource Text = new(typeof(ItemMessages));
}
