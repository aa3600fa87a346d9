using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Accounts.Tokens;

/// <summary>
/// Checks presented tokens against the database on every request (the token by its unique hash, then its owner's
/// account by id): a revoked token, or an API token whose owner was locked or changed, is refused or acts with the new
/// rights from the next request on, on every instance (ADR 024). Last use is written at most once per
/// <see cref="CacheFor"/> per token. Long-lived connections (a wall's circuit) ask <see cref="IsActiveAsync"/>, which
/// remembers its answer for <see cref="CacheFor"/>: a wall only reads.
/// </summary>
public sealed class TokenValidator(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<long, (bool Active, DateTimeOffset Until)> _byId = new();

    public async Task<ValidToken?> ValidateAsync(string token, CancellationToken ct = default)
    {
        if (TokenFormat.KindOf(token) is not { } kind) return null;
        return await LoadAsync(TokenFormat.Hash(token), kind, clock.GetUtcNow(), ct);
    }

    /// <summary>For long-lived connections (a wall's circuit): is the token they started with still valid?</summary>
    public async Task<bool> IsActiveAsync(long tokenId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (_byId.TryGetValue(tokenId, out var hit) && hit.Until > now) return hit.Active;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var active = await db.AccessTokens.AnyAsync(t => t.Id == tokenId && t.RevokedAt == null, ct);
        _byId[tokenId] = (active, now + CacheFor);
        return active;
    }

    /// <summary>Drops what this server remembers about a token, after it was revoked here.</summary>
    public void Forget(long tokenId) => _byId[tokenId] = (false, DateTimeOffset.MaxValue);

    private async Task<ValidToken?> LoadAsync(string hash, AccessTokenKind kind, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var token = await db.AccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash && t.Kind == kind && t.RevokedAt == null, ct);
        if (token is null) return null;
        var valid = kind == AccessTokenKind.Kiosk
            ? new ValidToken(token.Id, kind, token.Label, null, null, [PortalRoles.Kiosk], [], token.LibraryId)
            : await OwnedAsync(db, token, now, ct);
        if (valid is not null && !(token.LastUsedAt > now - CacheFor))
            await db.AccessTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        return valid;
    }

    /// <summary>An API token acts with its owner's current roles and divisions, and dies with a locked account.</summary>
    private static async Task<ValidToken?> OwnedAsync(PortalDbContext db, AccessToken token, DateTimeOffset now, CancellationToken ct)
    {
        var owner = token.OwnerId is null ? null : await Acting.AccountNow.LoadAsync(db, token.OwnerId, ct);
        if (owner is null || owner.IsLocked(now)) return null;
        return new ValidToken(token.Id, token.Kind, token.Label, owner.Id, owner.UserName, owner.Roles, owner.Divisions, owner.Library);
    }
}
