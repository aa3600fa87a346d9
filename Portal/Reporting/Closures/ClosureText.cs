namespace Portal.Reporting.Closures;

/// <summary>Marker for the UI text of closed months (ClosureText.resx).</summary>
public sealed class ClosureText;
