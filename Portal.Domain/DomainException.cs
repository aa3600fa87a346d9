namespace Portal.Domain;

/// <summary>
/// The one exception the domain throws when it refuses something. Its message is written for a person
/// (Simplified Chinese, saying what is wrong and what to do) and may be shown as is.
/// </summary>
public sealed class DomainException(string message, string? field = null) : Exception(message)
{
    /// <summary>The input that was refused (value, month, kpi, division …), for field-level messages.</summary>
    public string? Field { get; } = field;
}
