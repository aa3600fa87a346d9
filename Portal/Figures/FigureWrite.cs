namespace Portal.Figures;

/// <summary>
/// One requested change to a figure. Value null deletes it. ExpectedVersion is the version the writer saw:
/// 0 means "I saw no figure", null means "don't check" (imports, which are explicit overwrites and audited).
/// </summary>
public sealed record FigureWrite(string Kpi, string Division, int Month, double? Value, string? Note, int? ExpectedVersion);
