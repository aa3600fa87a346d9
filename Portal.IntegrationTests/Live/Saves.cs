using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Progress;
using Portal.Figures;
using Portal.PlanItems;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Live;

/// <summary>Saves through the portal's one write path, as a request would.</summary>
public static class Saves
{
    public const string By = "历史文献部 王老师";

    /// <summary>Saves through FigureService directly, so that tests can choose the recorded author (the API records the token's owner).</summary>
    public static async Task SaveAsync(this PortalFactory portal, string kpi, string division, int month, double value)
    {
        await using var scope = portal.Scope();
        var figures = scope.AsAdmin().GetRequiredService<FigureService>();
        var outcome = await figures.SaveAsync(portal.Plan2013, [new FigureWrite(kpi, division, month, value, null, null)], TestWriters.Admin(By));
        Assert.True(outcome.Ok, string.Join("; ", outcome.Errors.Select(e => e.Message)));
    }

    /// <summary>Reports a task's progress through the one write path for tasks, as the plan page does.</summary>
    public static async Task SaveItemAsync(this PortalFactory portal, string item, ItemStatus status, int percent, string? note = null)
    {
        await using var scope = portal.Scope();
        var items = scope.ServiceProvider.GetRequiredService<ItemService>();
        var version = portal.Plan2013.Items[item].Version;
        var outcome = await items.SaveAsync(portal.Plan2013, new ItemWrite(item, status, percent, note, null, version), TestWriters.Admin(By));
        Assert.True(outcome.Ok, outcome.ToString());
    }
}
