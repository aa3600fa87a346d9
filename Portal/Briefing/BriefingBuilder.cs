using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Engine;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Domain.Progress;
using Portal.Live;
using Portal.Plans;

namespace Portal.Briefing;

/// <summary>
/// Builds the monthly briefing from the live state (completion now and a month earlier, who has not reported) and
/// the database (the notes given with figures, which the ledger does not keep).
/// </summary>
public sealed class BriefingBuilder(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<MonthlyBriefing> BuildAsync(PlanState state, int month, CancellationToken ct = default)
    {
        Months.Require(month);
        var now = state.Evaluate(month);
        var before = month > 1 ? state.Evaluate(month - 1) : null;
        var (totals, gaps, monthHasData) = state.Read(ledger => ReadLedger(ledger, month));
        // A contribution to a joint target above (ADR 043) is that library's KPI, not one of this plan's.
        var rows = now.Kpis.Select((k, i) => (k, i)).Where(x => x.k.Kpi.ContributesTo is null)
            .Select(x => Row(x.k, before?.Kpis[x.i], totals[x.i])).ToList();
        var movers = rows.Where(r => r.Change is { } c && Math.Abs(c) > 1e-9)
            .OrderByDescending(r => Math.Abs(r.Change!.Value)).Take(MonthlyBriefing.MoverCount).ToList();
        var risks = await RisksAsync(now, month, ct);
        var blocked = state.Items.Values.Where(i => i.Progress.Status == ItemStatus.Blocked).ToList();
        return new MonthlyBriefing(now, month, monthHasData, rows, movers, risks, blocked, gaps);
    }

    private static BriefingKpiRow Row(KpiResult now, KpiResult? before, double? monthTotal)
    {
        // A flow KPI with nothing reported a month earlier stood at 0; a stock KPI without a level is unknown.
        var known = before is not null && (before.HasData || before.Kpi.Aggregation == Aggregation.Flow);
        return new BriefingKpiRow(now, known ? before!.Completion : null, before?.Status, monthTotal);
    }

    private static (double?[] Totals, List<BriefingGap> Gaps, bool MonthHasData) ReadLedger(FigureLedger ledger, int month)
    {
        var plan = ledger.Plan;
        var totals = plan.Kpis.Select((_, k) => ledger.MonthTotal(k, month)).ToArray();
        var gaps = new List<BriefingGap>();
        for (var d = 0; d < plan.Divisions.Count; d++)
        {
            var division = plan.Divisions[d];
            var carried = ReportingGaps.Carried(plan, division.Code, month);
            if (carried.Count == 0) continue;
            var missing = carried.Where(k => ledger.Value(plan.KpiIndex(k.Code), d, month) is null).ToList();
            var any = Enumerable.Range(0, plan.Kpis.Count).Any(k => ledger.Value(k, d, month) is not null);
            if (missing.Count > 0) gaps.Add(new BriefingGap(division, missing, carried.Count, any));
        }
        return (totals, gaps, totals.Any(t => t is not null));
    }

    private async Task<List<BriefingRisk>> RisksAsync(PlanEvaluation now, int month, CancellationToken ct)
    {
        var risky = now.Kpis.Where(k => !k.Retired && k.Status is KpiStatus.AtRisk or KpiStatus.Behind)
            .OrderBy(k => k.Status == KpiStatus.AtRisk ? 0 : 1).ThenBy(k => k.Expected > 0 ? k.Actual / k.Expected : 1).ToList();
        if (risky.Count == 0) return [];
        var year = now.Plan.Year;
        var codes = risky.Select(k => k.Kpi.Code).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var notes = await db.Figures.AsNoTracking()
            .Where(f => f.Year == year && f.Month <= month && f.Note != null && f.Note != "" && codes.Contains(f.Kpi))
            .OrderByDescending(f => f.Month).ThenByDescending(f => f.UpdatedAt)
            .Select(f => new { f.Kpi, f.Month, f.Division, f.Note })
            .ToListAsync(ct);
        return risky.Select(k => new BriefingRisk(k, notes.Where(n => n.Kpi == k.Kpi.Code).Take(MonthlyBriefing.NotesPerRisk)
            .Select(n => new BriefingNote(n.Kpi, n.Month, DivisionName(now.Plan, n.Division), n.Note!)).ToList())).ToList();
    }

    private static string DivisionName(Plan plan, string code) => plan.HasDivision(code) ? plan.Division(code).Name : code;
}
