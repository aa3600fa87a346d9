using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Figures;
using Portal.Live;
using Portal.Plans;

namespace Portal.Tests.Support;

/// <summary>The real portal seeded with the 2013 plan and <see cref="TwoYears"/>' 2014 plan file (Portal:SeedPlans).</summary>
public sealed class TwoYearPortal(string plan2014File) : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:SeedPlans:0", "seeds/plan-2013.json");
        builder.UseSetting("Portal:SeedPlans:1", plan2014File);
    }

    /// <summary>Saves both years' figures of <see cref="TwoYears"/> through the portal's write path.</summary>
    public async Task SaveFiguresAsync()
    {
        var store = Services.GetRequiredService<PlanStores>().Default;
        foreach (var (year, figures) in new[] { (2013, TwoYears.Figures2013), (2014, TwoYears.Figures2014) })
        {
            await using var scope = Scope();
            var outcome = await scope.AsAdmin().GetRequiredService<FigureService>().SaveAsync(store.Find(year)!,
                figures.Select(f => new FigureWrite(f.Kpi, f.Division, f.Month, f.Value, null, null)).ToList(), TestWriters.Admin("测试"));
            if (!outcome.Ok) throw new InvalidOperationException(string.Join("; ", outcome.Errors.Select(e => e.Message)));
        }
    }
}
