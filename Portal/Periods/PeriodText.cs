namespace Portal.Periods;

/// <summary>Marker for the UI text of closed months (PeriodText.resx).</summary>
public sealed class PeriodText;
