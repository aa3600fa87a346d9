using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts.Acting;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Accounts.Tokens;

/// <summary>
/// Creates, lists and revokes API and kiosk tokens: an admin's work, checked here as the actor is now (a refusal
/// throws <see cref="WriteForbiddenException"/>); creating and revoking are audited under the actor's name.
/// </summary>
public sealed class TokenService(IDbContextFactory<PortalDbContext> contexts, TokenValidator validator, TimeProvider clock, ActingUsers acting)
{
    private static string What => AccountMessages.Text["Tokens.What"];

    public const int LabelLength = 100;

    /// <summary>A personal API token acting as <paramref name="ownerUserName"/>; null when there is no such user.</summary>
    public async Task<CreatedToken?> CreateApiTokenAsync(string ownerUserName, string label, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var by = await RequireAdminAsync(actor, ct);
        var normalized = ownerUserName.Trim().ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var owner = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, ct);
        // The token is the owner's library's, whoever makes it where: `token create` runs in the province's scope, and a
        // county account's token kept there was not found at the county's address (its writes refused as revoked).
        return owner is null ? null : await CreateAsync(db, AccessTokenKind.Api, label, owner.Id, by, ct, owner.LibraryId);
    }

    public async Task<CreatedToken> CreateKioskTokenAsync(string label, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var by = await RequireAdminAsync(actor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await CreateAsync(db, AccessTokenKind.Kiosk, label, null, by, ct);
    }

    public async Task<List<TokenSummary>> ListAsync(AccessTokenKind kind, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var tokens = await (from t in db.AccessTokens.AsNoTracking()
                            where t.Kind == kind && t.LibraryId == db.Scope.Library // the tokens of the library addressed
                            join u in db.Users on t.OwnerId equals u.Id into owners
                            from o in owners.DefaultIfEmpty()
                            select new { t, Owner = o == null ? null : o.UserName }).ToListAsync(ct);
        return tokens.OrderBy(x => x.t.RevokedAt != null).ThenByDescending(x => x.t.CreatedAt)
            .Select(x => new TokenSummary(x.t.Id, x.t.Kind, x.t.Label, x.t.Prefix, x.Owner, x.t.CreatedBy, x.t.CreatedAt, x.t.LastUsedAt, x.t.RevokedAt))
            .ToList();
    }

    /// <summary>Revokes a token: every server refuses it from its next request on (ADR 024).</summary>
    public async Task<bool> RevokeAsync(long id, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var by = await RequireAdminAsync(actor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null || token.RevokedAt is not null) return false;
        token.RevokedAt = clock.GetUtcNow();
        token.RevokedBy = by;
        Audit(db, AuditEventKind.TokenRevoked, token, by);
        await db.SaveChangesAsync(ct);
        validator.Forget(token.Id);
        return true;
    }

    /// <param name="library">The library the token (and its audit event) belongs to; 0: the scope's.</param>
    private async Task<CreatedToken> CreateAsync(PortalDbContext db, AccessTokenKind kind, string label, string? ownerId, string by, CancellationToken ct,
        int library = 0)
    {
        var secret = TokenFormat.New(kind);
        var clean = label.Trim();
        var token = new AccessToken
        {
            Kind = kind, Label = clean.Length > LabelLength ? clean[..LabelLength] : clean, Hash = TokenFormat.Hash(secret),
            Prefix = TokenFormat.Display(secret), OwnerId = ownerId, CreatedBy = by, CreatedAt = clock.GetUtcNow(), LibraryId = library,
        };
        db.AccessTokens.Add(token);
        Audit(db, AuditEventKind.TokenCreated, token, by);
        await db.SaveChangesAsync(ct);
        return new CreatedToken(token.Id, secret);
    }

    /// <summary>The actor's name for the audit trail, once the actor (as they are now) proves to be an admin.</summary>
    private async Task<string> RequireAdminAsync(ClaimsPrincipal actor, CancellationToken ct)
    {
        Refusals.RequireAdmin(await acting.NowAsync(actor, ct), What);
        return Writer.NameOf(actor);
    }

    private void Audit(PortalDbContext db, AuditEventKind kind, AccessToken token, string by) => db.AuditEvents.Add(new AuditEvent
    {
        Kind = kind, By = by, At = clock.GetUtcNow(), Subject = token.Label, Detail = $"{token.Kind} {token.Prefix}…", LibraryId = token.LibraryId,
    });
}
