using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Accounts.Tokens;

/// <summary>
/// Checks presented tokens against the database, remembering a valid one for <see cref="CacheFor"/> so that a busy
/// feed or a wall's reconnects cost no query each. A token revoked on this server is forgotten at once; one revoked
/// on another server stops working when its cache entry expires. Last use is written on each database check, so it
/// is accurate to within <see cref="CacheFor"/>.
/// </summary>
public sealed class TokenValidator(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (ValidToken Token, DateTimeOffset Until)> _byHash = new();
    private readonly ConcurrentDictionary<long, (bool Active, DateTimeOffset Until)> _byId = new();

    public async Task<ValidToken?> ValidateAsync(string token, CancellationToken ct = default)
    {
        if (TokenFormat.KindOf(token) is not { } kind) return null;
        var hash = TokenFormat.Hash(token);
        var now = clock.GetUtcNow();
        if (_byHash.TryGetValue(hash, out var hit) && hit.Until > now) return hit.Token;
        var valid = await LoadAsync(hash, kind, now, ct);
        if (valid is null) _byHash.TryRemove(hash, out _);
        else _byHash[hash] = (valid, now + CacheFor);
        return valid;
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
    public void Forget(long tokenId, string hash)
    {
        _byHash.TryRemove(hash, out _);
        _byId[tokenId] = (false, DateTimeOffset.MaxValue);
    }

    private async Task<ValidToken?> LoadAsync(string hash, AccessTokenKind kind, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var token = await db.AccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash && t.Kind == kind && t.RevokedAt == null, ct);
        if (token is null) return null;
        var valid = kind == AccessTokenKind.Kiosk
            ? new ValidToken(token.Id, kind, token.Label, null, null, [PortalRoles.Kiosk], [])
            : await OwnedAsync(db, token, now, ct);
        if (valid is not null)
            await db.AccessTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        return valid;
    }

    /// <summary>An API token acts with its owner's current roles and divisions, and dies with a locked account.</summary>
    private static async Task<ValidToken?> OwnedAsync(PortalDbContext db, AccessToken token, DateTimeOffset now, CancellationToken ct)
    {
        var owner = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == token.OwnerId, ct);
        if (owner?.UserName is null || owner.LockoutEnd > now) return null;
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == owner.Id select r.Name!).ToListAsync(ct);
        var divisions = await db.UserClaims.Where(c => c.UserId == owner.Id && c.ClaimType == PortalClaims.Division)
            .Select(c => c.ClaimValue!).ToListAsync(ct);
        return new ValidToken(token.Id, token.Kind, token.Label, owner.Id, owner.UserName, roles, divisions);
    }
}
