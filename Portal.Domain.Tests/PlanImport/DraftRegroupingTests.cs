using Portal.Domain.PlanDrafts;
using Portal.Domain.Plans;
using Portal.Tests.Support;
using Portal.Tests.Support.PlanImport;

namespace Portal.Domain.Tests.PlanImport;

/// <summary>Regrouping a draft: an item moved to another section takes the next free code there, and its targets follow.</summary>
public sealed class DraftRegroupingTests
{
    private static PlanDraft Draft() => DraftFactory.Create(Plan2014.Extracted(), PlanFile.Load(RepoPaths.Seed("plan-2013.json")));

    [Fact]
    public void MoveItem_ToAnotherSection_TakesItsNextCodeAndItsTargetsFollow()
    {
        var draft = Draft();

        var code = DraftRegrouping.MoveItem(draft, "一.3", "二");

        Assert.Equal("二.3", code);
        Assert.Equal(["一.1", "一.2"], draft.Sections[0].Items.Select(i => i.Code));
        Assert.Equal(("二.3", "拓展流动服务，新建分馆和流通站 8—10家，读者投诉不超过 5件。"), (draft.Sections[1].Items[2].Code, draft.Sections[1].Items[2].Text));
        Assert.Equal(2, draft.Targets.Count(t => t.Item == "二.3"));
        Assert.DoesNotContain(draft.Targets, t => t.Item == "一.3");
    }

    [Fact]
    public void MoveItem_IntoASectionWhoseNextCodeIsTaken_SkipsToAFreeOne()
    {
        var draft = Draft();
        DraftRegrouping.MoveItem(draft, "一.3", "二");

        Assert.Equal("一.3", DraftRegrouping.MoveItem(draft, "二.1", "一"));
        Assert.Equal("二.4", DraftRegrouping.MoveItem(draft, "一.1", "二"));
        Assert.Equal(["一.2", "一.3"], draft.Sections[0].Items.Select(i => i.Code));
    }

    [Fact]
    public void MoveItem_UnknownOrSameSection_ChangesNothing()
    {
        var draft = Draft();

        Assert.Null(DraftRegrouping.MoveItem(draft, "一.1", "一"));
        Assert.Null(DraftRegrouping.MoveItem(draft, "九.1", "二"));
        Assert.Null(DraftRegrouping.MoveItem(draft, "一.1", "九"));
        Assert.Equal(["一.1", "一.2", "一.3"], draft.Sections[0].Items.Select(i => i.Code));
    }
}
