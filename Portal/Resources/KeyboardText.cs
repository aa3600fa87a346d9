namespace Portal.Resources;

/// <summary>Marker for the strings of keyboard and screen-reader use: the skip link and the announcer.</summary>
public sealed class KeyboardText;
