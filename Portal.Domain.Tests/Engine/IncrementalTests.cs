using Portal.Domain.Engine;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>FigureLedger.Set recomputes one KPI in place; the result must equal a ledger rebuilt from scratch.</summary>
public sealed class IncrementalTests
{
    /// <summary>A first quarter as it is really keyed in: month by month, with typos fixed and figures withdrawn.</summary>
    private static readonly (string Kpi, string Division, int Month, double? Value)[] Edits =
    [
        .. FirstQuarter.Figures.Where(f => f.Month == 1).Select(f => (f.Kpi, f.Division, f.Month, (double?)f.Value)),
        (Loans, "branches", 1, 145_000),          // a zero too many …
        (Loans, "branches", 1, 14_500),           // … corrected
        .. FirstQuarter.Figures.Where(f => f.Month == 2).Select(f => (f.Kpi, f.Division, f.Month, (double?)f.Value)),
        (Loans, "mobile-library", 2, 0),          // the van was in for repair: a 0, then withdrawn as "not reported"
        (Loans, "mobile-library", 2, null),
        .. FirstQuarter.Figures.Where(f => f.Month == 3).Select(f => (f.Kpi, f.Division, f.Month, (double?)f.Value)),
        (Cards, "reader-services", 3, 255_530),   // digits swapped, then fixed
        (Cards, "reader-services", 3, 255_350),
        (Rubbings, "digital", 4, 49.5),           // the first April figure moves the latest month …
        (Rubbings, "digital", 4, null),           // … and withdrawing it moves it back
        (Cards, "branches", 2, null),             // a stock level withdrawn: March falls back to January's 18,400
        (Lectures, "outreach", 4, 3),
        (Rubbings, "digital", 4, 49.75),
        (Loans, "accessibility", 3, null),        // deleting twice is harmless
        (Loans, "accessibility", 3, null),
    ];

    [Fact]
    public void Set_RealisticSequence_MatchesRebuildAfterEveryEdit()
    {
        var ledger = new FigureLedger(Library);
        foreach (var (kpi, division, month, value) in Edits)
        {
            ledger.Set(kpi, division, month, value);
            Ledgers.AssertSame(Ledgers.Rebuilt(ledger), ledger);
        }
        // March cards after the withdrawal: 255,350 + 18,400 = 273,750. Loans lose accessibility's March 560
        // (its January 640 stays): 209,100 − 560 = 208,540.
        var result = CompletionEngine.Default.Evaluate(ledger, 3);
        Assert.Equal(273_750, result.Kpi(Cards).Actual);
        Assert.Equal(209_100 - 560, result.Kpi(Loans).Actual);
        Assert.Equal(4, CompletionEngine.Default.Evaluate(ledger).AsOf);
    }

    [Fact]
    public void Set_ReturnsThePreviousValue()
    {
        var ledger = Ledger(FirstQuarter.Figures);
        Assert.Equal(17_200, ledger.Set(Loans, "branches", 3, 17_900));
        Assert.Equal(17_900, ledger.Set(Loans, "branches", 3, null));
        Assert.Null(ledger.Set(Loans, "branches", 3, 17_200));
    }

    [Fact]
    public void Set_ThousandsOfRandomEdits_MatchRebuild()
    {
        var random = new Random(2013);
        var ledger = Ledger(FirstQuarter.Figures);
        for (var i = 1; i <= 3_000; i++)
        {
            var k = random.Next(Library.Kpis.Count);
            var kpi = Library.Kpis[k];
            double? value = random.Next(5) == 0 ? null
                : kpi.Fractional ? random.Next(0, 400) / 4.0 : random.Next(0, (int)Math.Min(kpi.Target.Value / 6, 90_000));
            ledger.Set(k, random.Next(Library.Divisions.Count), random.Next(1, 13), value);
            if (i % 250 == 0) Ledgers.AssertSame(Ledgers.Rebuilt(ledger), ledger);
        }
    }
}
