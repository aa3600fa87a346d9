using System.Text.Json;

namespace Portal.LoadTest.Scenarios;

/// <summary>
/// Writes a province-sized plan file (84 KPIs × 100 reporting units × 12 months = 100,800 cells) for the import
/// benchmark: the 2013 plan has only 4,140 cells, far fewer than a province-wide file of 100,000 rows.
/// </summary>
public sealed class ProvincePlanScenario : IScenario
{
    public const int Year = 2099;
    public string Name => "plan";
    public string Help => "writes the province-sized plan file for 'import' (--out /tmp/plan-province.json --divisions 100 --kpis 84); needs no portal";

    public async Task<int> RunAsync(Uri portal, IReadOnlyDictionary<string, string> options, CancellationToken ct)
    {
        var path = options.Text("out", "/tmp/plan-province.json");
        var divisions = Enumerable.Range(1, options.Int("divisions", 100)).Select(d => new { code = $"lib-{d:D3}", name = $"图书馆 {d}" }).ToList();
        var items = Enumerable.Range(1, options.Int("kpis", 84)).Select(k => new { code = $"一.{k}", number = k, text = $"任务 {k}", owner = divisions[0].code }).ToList();
        var plan = new
        {
            year = Year,
            title = $"{Year} 年全省公共图书馆工作要点（压测用）",
            divisions,
            sections = new[] { new { code = "一", title = "全省业务统计", items } },
            kpis = items.Select(i => new
            {
                code = $"kpi.{i.number:D3}", name = $"指标 {i.number}", item = i.code, target = 1_000_000, unit = "册次",
                qualifier = "target", aggregation = "flow", lead = divisions[0].code,
            }),
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(plan), ct);
        Console.WriteLine($"Wrote {path}: {items.Count} KPIs × {divisions.Count} units × 12 months = {items.Count * divisions.Count * 12:N0} cells.");
        return 0;
    }
}
