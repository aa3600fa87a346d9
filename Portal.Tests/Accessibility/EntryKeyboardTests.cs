using Bunit;
using Microsoft.AspNetCore.Components;
using Portal.Tests.Entry;
using Portal.Tests.Support;

namespace Portal.Tests.Accessibility;

/// <summary>The entry grid with a keyboard: every control is in the Tab order, and focus has somewhere to go when its control goes.</summary>
public sealed class EntryKeyboardTests : EntryTestContext
{
    private const string Loans = "circulation.loans";

    [Fact]
    public void Grid_NoControl_IsTakenOutOfTheTabOrder()
    {
        var cut = Open();

        Assert.NotEmpty(cut.FindAll($"button[data-history='{Loans}']"));
        var skipped = cut.FindAll("button, input, a[href], select, textarea").Where(e => e.GetAttribute("tabindex") == "-1").ToList();
        Assert.True(skipped.Count == 0, string.Join("\n", skipped.Select(e => e.OuterHtml)));
    }

    [Fact]
    public async Task Save_FromTheButton_DisablesIt_AndMovesFocusToTheMessage()
    {
        var cut = Open();
        await TypeAsync(cut, Loans, "98765");
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier.EndsWith(".focus", StringComparison.Ordinal));

        await cut.ClickAsync(SaveSelector);

        cut.WaitForAssertion(() => Assert.Contains("已保存 1 项", Status(cut)));
        Assert.True(SaveButton(cut).HasAttribute("disabled"));
        var focused = (ElementReference)JSInterop.VerifyFocusAsyncInvoke().Arguments[0]!; // the one focus move: to the message
        Assert.False(string.IsNullOrEmpty(focused.Id));
    }

    [Fact]
    public async Task Confirm_ImplausibleValue_MovesFocusTo修改说明_WhichTakesItsPlace()
    {
        var keyboard = JSInterop.SetupModule("./keyboard.js");
        var cut = Open();
        await TypeAsync(cut, Loans, "9999999");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"[data-warning='{Loans}']")));

        await cut.InputAsync($"input[data-note='{Loans}']", "馆庆集中外借，数字已核对");
        await cut.ClickAsync($"button[data-confirm='{Loans}']");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"button[data-edit-note='{Loans}']")));
        cut.WaitForAssertion(() => Assert.Equal($"[data-edit-note='{Loans}']", keyboard.VerifyInvoke("focus").Arguments[0]));
    }
}
