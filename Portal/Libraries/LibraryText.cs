namespace Portal.Libraries;

/// <summary>Marker for the UI text of the libraries tab on the admin page (LibraryText.resx).</summary>
public sealed class LibraryText;
