namespace Portal.Live;

/// <summary>A committed change to one figure; Value is null when the figure was deleted.</summary>
public sealed record FigureChange(int Year, string Kpi, string Division, int Month, double? Value, double? Previous, string By, DateTimeOffset At);
