namespace Portal.Reporting;

/// <summary>Marker for the UI text of the reporting cycle (ReportingText.resx).</summary>
public sealed class ReportingText;
