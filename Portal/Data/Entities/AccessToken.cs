namespace Portal.Data.Entities;

public enum AccessTokenKind { Api, Kiosk }

/// <summary>
/// A bearer token (a feed's personal API token, or a wall display's kiosk token). Only the SHA-256 of the secret
/// is stored (see ADR 006); Prefix is its first characters, shown so people can tell tokens apart.
/// </summary>
public sealed class AccessToken : ILibraryOwned
{
    public int LibraryId { get; set; }
    public long Id { get; set; }
    public AccessTokenKind Kind { get; set; }
    public required string Label { get; set; }
    public required string Hash { get; set; }
    public required string Prefix { get; set; }

    /// <summary>The user whose roles and divisions an API token carries; null for a kiosk token.</summary>
    public string? OwnerId { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
}
