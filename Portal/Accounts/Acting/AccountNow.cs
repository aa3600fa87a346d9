using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Accounts.Acting;

/// <summary>An account's name, lock, roles, divisions and library as the database holds them now (one round trip by id).</summary>
public sealed record AccountNow(string Id, string UserName, DateTimeOffset? LockoutEnd, IReadOnlyList<string> Roles, IReadOnlyList<string> Divisions,
    int Library)
{
    public bool IsLocked(DateTimeOffset now) => LockoutEnd > now;

    /// <summary>Null when there is no such account.</summary>
    public static async Task<AccountNow?> LoadAsync(PortalDbContext db, string userId, CancellationToken ct)
    {
        var row = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new
        {
            u.UserName, u.LockoutEnd, u.LibraryId,
            Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
            Divisions = db.UserClaims.Where(c => c.UserId == u.Id && c.ClaimType == PortalClaims.Division).Select(c => c.ClaimValue).ToList(),
        }).FirstOrDefaultAsync(ct);
        return row?.UserName is null ? null : new AccountNow(userId, row.UserName, row.LockoutEnd,
            row.Roles.OfType<string>().Distinct().ToList(), row.Divisions.OfType<string>().Distinct().ToList(), row.LibraryId);
    }
}
