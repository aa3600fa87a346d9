using Bunit;
using Portal.Overview;
using Portal.Tests.Support;

namespace Portal.Tests.Accessibility;

/// <summary>The overview's section cards: a card that filters is a native button (Tab reaches it, Enter and Space press it) and says whether it is pressed.</summary>
public sealed class SectionCardKeyboardTests : PageTestContext
{
    [Fact]
    public async Task SectionCard_WithKpis_IsAButton_ThatSaysWhetherItIsPressed()
    {
        UseStore();
        var cut = Render<Home>();
        var card = cut.Find("[data-section='五']");
        Assert.Equal("BUTTON", card.TagName);
        Assert.Equal("button", card.GetAttribute("type"));
        Assert.Equal("false", card.GetAttribute("aria-pressed"));

        await cut.ClickAsync("[data-section='五']");

        Assert.Equal("true", cut.Find("[data-section='五']").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void SectionCard_MeasuredByItsTasksAlone_IsNoControl()
    {
        UseStore();
        var cut = Render<Home>();

        var plain = cut.FindAll(".section-card--plain");
        Assert.NotEmpty(plain);
        Assert.All(plain, c => Assert.Equal("DIV", c.TagName));
        Assert.All(plain, c => Assert.False(c.HasAttribute("aria-pressed")));
        Assert.All(cut.FindAll("[data-section]").Where(c => c.TagName == "DIV"), c => Assert.Contains("section-card--plain", c.ClassName));
    }
}
