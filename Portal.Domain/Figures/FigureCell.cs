namespace Portal.Domain.Figures;

/// <summary>
/// One cell of a plan year's figures: a KPI of a division in a month. The key of stored figures, of writes and of the
/// live ledger's changes; the year is the plan's. JSON contracts keep their own kpi/division/month fields.
/// </summary>
public readonly record struct FigureCell(string Kpi, string Division, int Month);
