using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Domain.Engine;
using Portal.Hosting;
using Portal.Live;
using Portal.Plans;
using Portal.Tests.Api;
using Portal.Tests.Support.Api;

namespace Portal.Tests.Plans;

/// <summary>The wall's ticker and "latest entries" come back after a restart: the store starts from the audit trail.</summary>
public sealed class RecentAfterRestartTests
{
    [Fact]
    public async Task LoadStore_AfterSaves_RecentHoldsThemNewestFirst()
    {
        await using var api = new ApiHost();
        await api.SaveAsync("ancient-books.repaired-pages", "ancient-books", 9, 760);
        await api.SaveAsync("ancient-books.repaired-pages", "ancient-books", 9, 790, "补录两册");
        await api.SaveAsync("lectures.high-end", "outreach", 10, 1);

        var restarted = new PlanStore(CompletionEngine.Default, new PlanFeed());
        await using (var scope = api.Factory.Scope())
            await DatabaseInitializer.LoadStoreAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), restarted);

        var recent = restarted.Find(2013)!.Recent;
        Assert.Equal(["lectures.high-end", "ancient-books.repaired-pages", "ancient-books.repaired-pages"], recent.Select(c => c.Kpi));
        Assert.Equal((790d, 760d, ApiHost.Feed), (recent[1].Value!.Value, recent[1].Previous!.Value, recent[1].By));
        Assert.Null(recent[2].Previous);
    }
}
