using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Live.Instances;
using Portal.Plans;
using Portal.Tests.Support;
using Portal.Tests.Support.Plans;

namespace Portal.Tests.Plans;

/// <summary>After the bus may have lost messages, a resynchronisation also picks up plans published or edited elsewhere.</summary>
public sealed class PlanResyncTests : IDisposable
{
    private readonly PortalFactory _portal = new();

    [Fact]
    public async Task Resync_AdoptsANewYearAndANewerVersionFromTheDatabase()
    {
        var revised = PlanFile.Serialize(PlanRevisions.RenameDivision(PlanFile.Parse(PlanJsons.Seed2013), "branches", "分馆服务部"));
        await using (var scope = _portal.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Plans.Where(p => p.Year == 2013).ExecuteUpdateAsync(u => u.SetProperty(p => p.Json, revised).SetProperty(p => p.Version, 2));
            db.Plans.Add(new PlanDocument { Year = 2014, Title = "浙江图书馆 2014 年工作要点", Json = PlanJsons.Seed2014, Version = 1 });
            await db.SaveChangesAsync();
        }

        await _portal.Services.GetRequiredService<StoreResync>().RunAsync(CancellationToken.None);

        var store = _portal.Services.GetRequiredService<PlanStores>().Default;
        Assert.Equal((2, "分馆服务部"), (store.Find(2013)!.Version, store.Find(2013)!.Plan.Division("branches").Name));
        Assert.Equal(24, store.Find(2014)!.Plan.Kpis.Count);
    }

    public void Dispose() => _portal.Dispose();
}
