using Portal.Domain.Progress;
using Portal.Tests.Support;

namespace Portal.Tests.PlanItems;

public sealed class DemoItemsTests
{
    [Fact]
    public async Task Demo_Switch_AddsTaskProgress_MostInProgressSomeDoneTwoBlockedWithReason()
    {
        await using var factory = new PortalFactory(demo: true);
        _ = factory.Server;

        var items = factory.Plan2013.Items.Values.ToList();
        var byStatus = items.GroupBy(i => i.Progress.Status).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(41, items.Count);
        Assert.All(items, i => Assert.Equal(1, i.Version));
        Assert.True(byStatus[ItemStatus.InProgress] > items.Count / 2);
        Assert.Equal(5, byStatus[ItemStatus.Done]);
        Assert.Equal(2, byStatus[ItemStatus.Blocked]);
        Assert.All(items.Where(i => i.Progress.Status == ItemStatus.Blocked), i => Assert.False(string.IsNullOrWhiteSpace(i.Progress.Note)));
        // 一 has no KPIs; its tasks are at 85%, 80% and 85%
        Assert.Equal(2.5 / 3, factory.Plan2013.Current.Section("一").Completion!.Value, 12);
    }
}
