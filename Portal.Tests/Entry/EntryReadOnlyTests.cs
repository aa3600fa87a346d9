using Bunit;
using Portal.Accounts;
using Portal.Tests.Support.Entry;

namespace Portal.Tests.Entry;

/// <summary>
/// Users who may not enter a division's figures (馆领导, 只读用户, staff of another division) see them on /entry as text:
/// no inputs, no save, no import, and a sentence saying who enters them. October 2013 of the demo data.
/// </summary>
public sealed class EntryReadOnlyTests : EntryTestContext
{
    private const string Loans = "circulation.loans";

    private IRenderedComponent<EntryHarness> Open(string division = "reader-services")
    {
        var cut = Render<EntryHarness>(p => p.Add(h => h.Division, division).Add(h => h.Month, 10));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("tr[data-row-kpi]")));
        return cut;
    }

    [Theory]
    [InlineData(PortalRoles.Director, "馆领导")]
    [InlineData(PortalRoles.Viewer, "只读用户")]
    public async Task Entry_ReadOnlyRole_ShowsTheFiguresWithoutInputsOrSave(string role, string roleName)
    {
        Auth.SetAuthorized(role.ToLowerInvariant()).SetRoles(role);
        var stored = await StoredAsync(Loans, "reader-services", 10);

        var cut = Open();

        Assert.Empty(cut.FindAll("input[data-kpi]"));
        Assert.Empty(cut.FindAll("[data-testid='entry-save']"));
        Assert.Empty(cut.FindAll("[data-testid='entry-revert']"));
        Assert.DoesNotContain("导入", cut.Markup);
        Assert.NotEmpty(cut.FindAll("[data-testid='entry-export']"));
        Assert.Equal(stored.Value.ToString("#,##0"), cut.Find($"[data-value='{Loans}']").TextContent.Trim());
        Assert.Equal($"您的账号是{roleName}，只能查看数据，不能填报。读者服务部的数据由本部门的填报员或部门负责人填报，管理员也可代为填报。",
            cut.Find("[data-testid='entry-read-only']").TextContent.Trim());
    }

    [Fact]
    public void Entry_StaffOfAnotherDivision_SeesItReadOnlyAndWhereTheyMayEnter()
    {
        Auth.SetAuthorized("staff").SetRoles(PortalRoles.Staff).SetClaims(new System.Security.Claims.Claim(PortalClaims.Division, "reader-services"));

        var cut = Open("branches");

        Assert.Empty(cut.FindAll("input[data-kpi]"));
        Assert.Equal("您只能填报本部门（读者服务部）的数据，这里只能查看。分馆与流通站的数据由该部门的填报员或部门负责人填报。",
            cut.Find("[data-testid='entry-read-only']").TextContent.Trim());
    }

    [Fact]
    public void Entry_StaffOfTheDivision_GetsInputsAndSave()
    {
        Auth.SetAuthorized("staff").SetRoles(PortalRoles.Staff).SetClaims(new System.Security.Claims.Claim(PortalClaims.Division, "reader-services"));

        var cut = Open();

        Assert.NotEmpty(cut.FindAll("input[data-kpi]"));
        Assert.NotEmpty(cut.FindAll("[data-testid='entry-save']"));
        Assert.Empty(cut.FindAll("[data-testid='entry-read-only']"));
    }
}
