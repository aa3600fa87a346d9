using Bunit;
using Portal.Tests.Support.Entry;

namespace Portal.Tests.Entry;

public sealed class EntryFormEmptyTests() : EntryTestContext(seed: false)
{
    [Fact]
    public void Open_NoPlanLoaded_SaysSoInsteadOfAGrid()
    {
        var cut = Render<EntryHarness>();

        Assert.Contains("尚未加载任何年度计划", cut.Find("[data-testid='entry-no-plans']").TextContent);
        Assert.Empty(cut.FindAll("input[data-kpi]"));
    }
}
