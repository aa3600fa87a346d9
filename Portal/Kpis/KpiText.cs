namespace Portal.Kpis;

/// <summary>Marker for the KPI detail page's strings (KpiText.resx).</summary>
public sealed class KpiText;
