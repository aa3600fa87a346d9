namespace Portal.Domain.Plans;

/// <param name="RetiredFrom">The month from which the division no longer reports (its figures stay); null while active.</param>
public sealed record Division(string Code, string Name, int? RetiredFrom = null)
{
    /// <summary>Whether the division has stopped reporting by month <paramref name="month"/>.</summary>
    public bool IsRetiredAt(int month) => RetiredFrom is { } r && month >= r;
}
