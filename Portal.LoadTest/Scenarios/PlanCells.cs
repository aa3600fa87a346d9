using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.LoadTest.Scenarios;

/// <summary>The cells (KPI, division, month) of a plan on the running portal, read from its dashboard.</summary>
internal static class PlanCells
{
    public static async Task<List<(string Kpi, string Division, int Month)>> LoadAsync(HttpClient http, int year, CancellationToken ct)
    {
        var root = await http.GetFromJsonAsync<JsonElement>($"/api/plans/{year}/dashboard", ct);
        var kpis = root.GetProperty("kpis").EnumerateArray().Select(k => k.GetProperty("code").GetString()!).ToList();
        var divisions = root.GetProperty("divisions").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToList();
        return [.. from k in kpis from d in divisions from m in Enumerable.Range(1, 12) select (k, d, m)];
    }
}
