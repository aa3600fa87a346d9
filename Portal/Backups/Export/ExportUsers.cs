using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Data;
using Portal.Languages;

namespace Portal.Backups.Export;

/// <summary>An account as the export writes it: no password hash, security stamp or token secret.</summary>
public sealed record ExportUser(string UserName, string? DisplayName, string? Email, string Roles, string Divisions, bool Locked, string? Language = null);

public static class ExportUsers
{
    public static readonly ExportTable<ExportUser> Table = new("users.csv",
        "Table.users.csv",
        ["userName", "displayName", "email", "roles", "divisions", "locked", "language"],
        u => [u.UserName, u.DisplayName, u.Email, u.Roles, u.Divisions, u.Locked, u.Language],
        r => new ExportUser(r.Required("userName"), r.Text("displayName"), r.Text("email"), r.Text("roles") ?? "", r.Text("divisions") ?? "",
            r.Text("locked") == "true", PortalCultures.Normalize(r.Added("language")))); // an export from before ADR 036 has no language: Chinese

    public static async Task<List<ExportUser>> ReadAsync(PortalDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var divisions = await db.UserClaims.Where(c => c.ClaimType == PortalClaims.Division).Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(ct);
        return users.Select(u => new ExportUser(u.UserName!, u.DisplayName, u.Email,
            string.Join(';', roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal)),
            string.Join(';', divisions.Where(d => d.UserId == u.Id).Select(d => d.ClaimValue!).Order(StringComparer.Ordinal)),
            u.LockoutEnd > now, u.Language)).ToList();
    }
}
