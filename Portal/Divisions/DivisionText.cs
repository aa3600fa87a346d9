namespace Portal.Divisions;

/// <summary>Marker for the division pages' strings (DivisionText.resx).</summary>
public sealed class DivisionText;
