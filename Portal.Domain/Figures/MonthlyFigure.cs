namespace Portal.Domain.Figures;

/// <summary>One division's figure for one KPI in one month. Validates itself.</summary>
public sealed record MonthlyFigure
{
    public MonthlyFigure(string kpi, string division, int month, double value, string? note = null)
    {
        Kpi = kpi;
        Division = division;
        Month = Months.Require(month);
        Value = FigureValue.Require(value);
        Note = note;
    }

    public string Kpi { get; }
    public string Division { get; }
    public int Month { get; }
    public double Value { get; }
    public string? Note { get; }
}
