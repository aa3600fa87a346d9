namespace Portal.Data.Demo;

/// <summary>
/// How one KPI fares in the demo year: Pace is actual / expected at October (so 0.4 is clearly at risk, 1.25 ahead),
/// Shares splits each month among divisions, and Notes explain a month's figure the way staff would.
/// </summary>
internal sealed record DemoProfile(double Pace, (string Division, double Share)[]? Shares = null, Dictionary<int, string>? Notes = null);
