namespace Portal.Configuration;

/// <summary>A configuration value the portal cannot start with. Its message says which one, what is wrong and what to write.</summary>
public sealed class PortalConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
