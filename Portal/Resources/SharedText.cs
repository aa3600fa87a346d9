namespace Portal.Resources;

/// <summary>Marker for the strings shared by every page: navigation, statuses, months, common words.</summary>
public sealed class SharedText;
