using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.PlanDrafts;
using Portal.Domain.Plans;
using Portal.Hosting;
using Portal.PlanImport;

namespace Portal.Benchmarks;

/// <summary>
/// Publishing a reviewed draft the size of the 2013 plan (8 sections, 41 items, 23 KPIs) through the portal's own
/// services on a SQLite file: read the stored draft, validate it, write the plan file, store the plan, load it into
/// the live store, delete the draft. Each invocation publishes a new year, so one invocation per iteration.
/// </summary>
[Config(typeof(EngineBenchmarkConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 5, iterationCount: 40, invocationCount: 1)]
[MemoryDiagnoser]
public class PublishBenchmarks
{
    private SqlitePortal _portal = null!;
    private PlanDraft _template = null!;
    private int _year = 2014;
    private int _draft;

    [GlobalSetup]
    public void Setup()
    {
        _portal = new SqlitePortal();
        _template = Draft(PlanFile.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "plan-2013.json")));
    }

    private static readonly System.Security.Claims.ClaimsPrincipal Bench = Portal.Accounts.Acting.SystemActor.Named("bench");

    [IterationSetup]
    public void StoreDraft()
    {
        using var scope = _portal.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<PlanDraftService>();
        var record = service.CreateAsync("bench.txt", new Portal.Domain.PlanImport.ExtractedPlan("", _year, [], []) { Text = "" }, Bench).GetAwaiter().GetResult();
        var draft = DraftJson.Copy(_template);
        draft.Year = _year++;
        if (!service.SaveAsync(record.Id, draft, 1, "bench", Bench).GetAwaiter().GetResult().Saved) throw new InvalidOperationException("draft not stored");
        _draft = record.Id;
    }

    [Benchmark(Description = "PublishAsync (2013-sized plan)")]
    public async Task<Plan> Publish()
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PlanDraftService>().PublishAsync(_draft, 2, Bench);
        return outcome.Published ?? throw new InvalidOperationException(string.Join(" ", outcome.Issues.Select(i => i.Message)));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _portal.Dispose();
    }

    /// <summary>The 2013 plan as a reviewed draft: what an admin has after fixing every extracted target.</summary>
    private static PlanDraft Draft(Plan plan)
    {
        DraftSection Section(Section s) => new()
        {
            Code = s.Code, Title = s.Title,
            Items = s.Items.Select(i => new DraftItem { Code = i.Code, Text = i.Text, Owner = i.OwnerDivision }).ToList(),
            Sections = plan.Sections.Where(c => c.ParentCode == s.Code).Select(Section).ToList(),
        };
        return new PlanDraft
        {
            Title = plan.Title,
            Divisions = plan.Divisions.Select(d => new DraftDivision { Code = d.Code, Name = d.Name }).ToList(),
            Sections = plan.Sections.Where(s => s.IsTopLevel).Select(Section).ToList(),
            Targets = plan.Kpis.Select((k, n) => new DraftTarget
            {
                Id = $"t{n + 1}", Code = k.Code, Name = k.Name, Item = k.ItemCode, Value = k.Target.Value, Unit = k.Target.Unit,
                Qualifier = k.Target.Qualifier switch { Qualifier.AtLeast => Qualifiers.AtLeast, Qualifier.About => Qualifiers.About, _ => Qualifiers.Target },
                Aggregation = k.Aggregation == Aggregation.Stock ? Aggregations.Stock : Aggregations.Flow, Lead = k.LeadDivision,
                Split = k.DivisionTargets.Select(p => new DraftShare { Division = p.Key, Target = p.Value }).ToList(),
                Seasonality = k.Seasonality?.ToList(), Fractional = k.Fractional, Previous = k.Code,
            }).ToList(),
        };
    }
}
