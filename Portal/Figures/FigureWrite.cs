using Portal.Domain.Figures;

namespace Portal.Figures;

/// <summary>
/// One requested change to a figure. Value null deletes it. ExpectedVersion is the version the writer saw:
/// 0 means "I saw no figure", null means "don't check" (imports, which are explicit overwrites and audited).
/// </summary>
public sealed record FigureWrite(string Kpi, string Division, int Month, double? Value, string? Note, int? ExpectedVersion)
{
    public FigureCell Cell => new(Kpi, Division, Month);

    /// <summary>What <see cref="FigureRules"/> checks of this write.</summary>
    public FigureInput Input => new(Cell, Value, Note);
}
