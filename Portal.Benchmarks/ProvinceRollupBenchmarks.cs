using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;
using Portal.Hosting;
using Portal.Live;
using Portal.Province;

namespace Portal.Benchmarks;

/// <summary>
/// What the province wall does after one save (issue 24, item 5; goal ≤ 5 ms): 100 libraries (the province, 11 cities,
/// 88 counties) in the portal's own live stores, each a <see cref="SyntheticProvince"/> plan of 20 divisions × 50 KPIs
/// with 12,000 figures, the province's plan with one joint target carried by all 99 libraries below (ADR 043). One
/// save is applied to a county, then <see cref="ProvinceReader.Rollup"/> and <see cref="ProvinceReader.Joint"/> run
/// with the month's records built once (the database half, <see cref="ProvinceReader.RecordsAsync"/>, is timed on
/// PostgreSQL by <c>tools/bench-rls.sh province</c>). Against: nothing changed, and a cold roll-up (every library evaluating).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(EngineBenchmarkConfig))]
public class ProvinceRollupBenchmarks
{
    public const int Year = 2099, Month = 6, Cities = 11, CountiesPerCity = 8;
    private const string JointKpi = "kpi-13";  // a flow KPI: a joint target cannot be a stock

    private SqlitePortal _portal = null!;
    private ProvinceReader _reader = null!;
    private PlanStores _stores = null!;
    private ProvinceSet _set = null!;
    private ProvinceRecords _records = null!;
    private PlanStore _county = null!;
    private string _contribution = "", _contributor = "";
    private int _flip;

    [GlobalSetup]
    public void Setup()
    {
        _portal = new SqlitePortal();
        _stores = _portal.Services.GetRequiredService<PlanStores>();
        _reader = _portal.Services.GetRequiredService<ProvinceReader>();
        var libraries = AddLibraries(_portal.Services).GetAwaiter().GetResult();
        var plan = PlanOf(Year);
        var province = plan.Kpis.Select(k => k.Code == JointKpi ? k.WithJoint(JointTarget.All()) : k).ToList();
        _stores.For(Library.DefaultId).Load(new Plan(Year, plan.Title, plan.Sections, province, plan.Divisions), SyntheticProvince.FiguresFor(Library.DefaultId));
        foreach (var library in libraries.Where(l => l.Id != Library.DefaultId))
            _stores.For(library.Id).Load(plan, SyntheticProvince.FiguresFor(library.Id).Concat(Contributions(library.Id, plan)));
        _set = new ProvinceSet(libraries[0], libraries, libraries);
        _records = Records(libraries);
        var county = libraries.Last(l => l.Level == LibraryLevel.County);
        _county = _stores.For(county.Id);
        var row = _county.Find(Year)!.Plan.Kpis.Single(k => k.ContributesTo is not null);
        (_contribution, _contributor) = (row.Code, row.LeadDivision);
        if (_reader.Joint(_set, Year, Month) is not [{ Total.Contributors.Count: 99 }])
            throw new InvalidOperationException("the joint target should have 99 contributors");
    }

    /// <summary>The province as library 1 (zjlib), 11 cities and 8 counties under each: parents before children.</summary>
    private static async Task<List<Library>> AddLibraries(IServiceProvider services)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Libraries.Where(l => l.Id == Library.DefaultId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Code, "zjlib").SetProperty(l => l.Level, LibraryLevel.Province));
            for (var c = 1; c <= Cities; c++)
            {
                var city = new Library { Code = $"city-{c:00}", Name = $"市馆 {c}", Level = LibraryLevel.City, ParentId = Library.DefaultId };
                db.Libraries.Add(city);
                await db.SaveChangesAsync();
                for (var n = 1; n <= CountiesPerCity; n++)
                    db.Libraries.Add(new Library { Code = $"county-{c:00}-{n}", Name = $"县馆 {c}-{n}", Level = LibraryLevel.County, ParentId = city.Id });
                await db.SaveChangesAsync();
            }
        }
        var all = await services.GetRequiredService<LibraryTree>().ReloadAsync();
        return all.Take(1).Concat(services.GetRequiredService<LibraryTree>().Below(Library.DefaultId)).ToList();
    }

    private static Plan PlanOf(int year)
    {
        var p = SyntheticProvince.Plan;
        return new Plan(year, p.Title, p.Sections, p.Kpis, p.Divisions);
    }

    /// <summary>A library's monthly part of the joint target: about a 99th of it, varying by library.</summary>
    private IEnumerable<MonthlyFigure> Contributions(int library, Plan plan)
    {
        var row = _stores.Joints.Join(library, plan).Kpis.Single(k => k.ContributesTo is not null);
        var random = new Random(library);
        var monthly = plan.Kpi(JointKpi).Target.Value / 99 / 12;
        return Enumerable.Range(1, 12).Select(m => new MonthlyFigure(row.Code, row.LeadDivision, m, Math.Round(monthly * (0.6 + random.NextDouble() * 0.8))));
    }

    /// <summary>The month's records as the database would give them: most libraries submitted, one in seven open, one in eleven sent back.</summary>
    private static ProvinceRecords Records(IReadOnlyList<Library> libraries) =>
        new(Year, Month, (library, _) => library % 11 == 0 ? SubmissionState.Returned : library % 7 == 0 ? SubmissionState.Open : SubmissionState.Submitted,
            libraries.ToDictionary(l => l.Id, _ => new DeadlineSchedule(Year)));

    private void Save(string kpi, string division) =>
        _county.Apply(Year, [new FigureChange(Year, kpi, division, Month, (_flip ^= 1) == 0 ? 812 : 815, null, "bench", DateTimeOffset.UtcNow)]);

    private int RollUp() => _reader.Rollup(_set, _records).Libraries.Count + _reader.Joint(_set, Year, Month).Count;

    [Benchmark(Baseline = true, Description = "a contribution saved, then Rollup + Joint")]
    public int AfterContribution()
    {
        Save(_contribution, _contributor);
        return RollUp();
    }

    [Benchmark(Description = "a county's own figure saved, then Rollup + Joint")]
    public int AfterFigure()
    {
        Save("kpi-22", "div-03");
        return RollUp();
    }

    [Benchmark(Description = "Rollup + Joint, nothing changed")]
    public int Unchanged() => RollUp();

    [Benchmark(Description = "Rollup + Joint, cold (every library evaluating)")]
    public int Cold()
    {
        foreach (var library in _set.Libraries) _stores.For(library.Id).Find(Year)!.Invalidate();
        return RollUp();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _portal.Dispose();
    }
}
