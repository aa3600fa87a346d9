using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Domain.Progress;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Support;

namespace Portal.Tests.PlanItems;

public sealed class PlanStateItemsTests
{
    private static readonly Plan Plan = PlanFile.Load(RepoPaths.Seed("plan-2013.json"));

    [Fact]
    public void PlanState_NewPlan_HoldsEveryItemNotStartedWithThePlansOwner()
    {
        var state = new PlanState(Plan, [], CompletionEngine.Default);

        Assert.Equal(41, state.Items.Count);
        Assert.All(state.Items.Values, i => Assert.Equal((ItemStatus.NotStarted, 0), (i.Progress.Status, i.Version)));
        Assert.Equal("technology", state.Items["二.3"].Owner);
    }

    [Fact]
    public void PlanState_ApplyItems_OlderVersionArrivingLate_IsIgnored()
    {
        var state = new PlanState(Plan, [], CompletionEngine.Default);
        var newer = new TrackedItem(new ItemProgress("八.1", ItemStatus.Done, 100), "office", 2, "李四", DateTimeOffset.UnixEpoch);
        var older = new TrackedItem(new ItemProgress("八.1", ItemStatus.InProgress, 40), "office", 1, "张三", DateTimeOffset.UnixEpoch);

        state.ApplyItems([newer]);
        state.ApplyItems([older]);

        Assert.Equal(ItemStatus.Done, state.Items["八.1"].Progress.Status);
        // 八 has five tasks and no KPIs: 100% / 5
        Assert.Equal(0.2, state.Current.Section("八").Completion!.Value, 12);
    }
}
