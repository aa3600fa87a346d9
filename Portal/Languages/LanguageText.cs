namespace Portal.Languages;

/// <summary>Marker for the language switch, the reconnect dialog and the start-up check of ICU.</summary>
public sealed class LanguageText;
