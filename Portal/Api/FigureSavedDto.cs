using Portal.Live;
using Portal.Plans;

namespace Portal.Api;

/// <summary>
/// The hub's FigureSaved message: one committed figure. Value null means the figure was deleted, Previous null
/// that it was new. A burst sends only the latest few of these; DashboardChanged always carries the totals.
/// </summary>
public sealed record FigureSavedDto(int Year, string Kpi, string Division, int Month, double? Value, double? Previous, string By, DateTimeOffset At)
{
    public static FigureSavedDto From(FigureChange c) => new(c.Year, c.Kpi, c.Division, c.Month, c.Value, c.Previous, c.By, c.At);
}
