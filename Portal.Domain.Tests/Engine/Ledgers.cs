using Portal.Domain.Engine;
using Portal.Domain.Figures;

namespace Portal.Domain.Tests.Engine;

/// <summary>Exact comparison of two ledgers and their evaluations: every number must be bit-for-bit the same.</summary>
public static class Ledgers
{
    public static FigureLedger Rebuilt(FigureLedger ledger)
    {
        var fresh = new FigureLedger(ledger.Plan);
        fresh.AddRange(Figures(ledger));
        return fresh;
    }

    public static IEnumerable<MonthlyFigure> Figures(FigureLedger ledger)
    {
        var plan = ledger.Plan;
        for (var k = 0; k < plan.Kpis.Count; k++)
            for (var d = 0; d < plan.Divisions.Count; d++)
                for (var m = 1; m <= 12; m++)
                    if (ledger.Value(k, d, m) is { } v) yield return new MonthlyFigure(plan.Kpis[k].Code, plan.Divisions[d].Code, m, v);
    }

    public static void AssertSame(FigureLedger expected, FigureLedger actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.LatestMonth, actual.LatestMonth);
        var plan = expected.Plan;
        for (var k = 0; k < plan.Kpis.Count; k++)
            for (var m = 1; m <= 12; m++)
            {
                Assert.Equal(expected.ActualAt(k, m), actual.ActualAt(k, m));
                Assert.Equal(expected.HasDataAt(k, m), actual.HasDataAt(k, m));
                Assert.Equal(expected.MonthTotal(k, m), actual.MonthTotal(k, m));
                for (var d = 0; d < plan.Divisions.Count; d++)
                {
                    Assert.Equal(expected.Value(k, d, m), actual.Value(k, d, m));
                    Assert.Equal(expected.DivisionActualAt(k, d, m), actual.DivisionActualAt(k, d, m));
                }
            }
        AssertSame(CompletionEngine.Default.Evaluate(expected), CompletionEngine.Default.Evaluate(actual));
        for (var m = 1; m <= 12; m++)
            AssertSame(CompletionEngine.Default.Evaluate(expected, m), CompletionEngine.Default.Evaluate(actual, m));
    }

    public static void AssertSame(PlanEvaluation expected, PlanEvaluation actual)
    {
        Assert.Equal(expected.AsOf, actual.AsOf);
        Assert.Equal(expected.LatestMonth, actual.LatestMonth);
        Assert.Equal(expected.Kpis.Count, actual.Kpis.Count);
        for (var i = 0; i < expected.Kpis.Count; i++)
        {
            Assert.Equal(expected.Kpis[i].Divisions, actual.Kpis[i].Divisions);
            Assert.Equal(expected.Kpis[i] with { Divisions = actual.Kpis[i].Divisions }, actual.Kpis[i]);
        }
        Assert.Equal(expected.Sections, actual.Sections);
        Assert.Equal(expected.Divisions.Select(Flatten), actual.Divisions.Select(Flatten));
    }

    private static (string, double?, string) Flatten(DivisionResult r) =>
        (r.Division.Code, r.Completion, string.Join(",", r.StatusCounts.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}")));
}
