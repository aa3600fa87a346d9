using Portal.Data.Entities;

namespace Portal.Accounts.Tokens;

/// <summary>A token as lists show it: never the secret, only its first characters.</summary>
public sealed record TokenSummary(long Id, AccessTokenKind Kind, string Label, string Prefix, string? Owner,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>A new token: <see cref="Secret"/> is shown once and is not stored anywhere.</summary>
public sealed record CreatedToken(long Id, string Secret);
