using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Accounts.Users;
using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Libraries;

/// <summary>The outcome of adding a library: its first admin's one-time password, or what is wrong.</summary>
public sealed record LibraryResult(Library? Library, string? OneTimePassword, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static LibraryResult Fail(string error) => new(null, null, [error]);
}

/// <summary>
/// Adds, retires and removes libraries (ADR 039). A new library sits below a parent one level up (province → city →
/// county) and gets its first admin, who then loads its plan through the plan import. A library that holds figures,
/// plans or accounts is never removed, only retired: its history stays.
/// </summary>
public sealed partial class LibraryAdmin(IDbContextFactory<PortalDbContext> contexts, LibraryTree tree, UserAdmin users, TimeProvider clock)
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();

    public async Task<LibraryResult> AddAsync(string code, string name, LibraryLevel level, string parentCode, string adminName, ClaimsPrincipal actor,
        CancellationToken ct = default)
    {
        if (!actor.IsAdmin()) return LibraryResult.Fail(LibraryMessages.Text["Add.NotAdmin"]);
        code = code.Trim().ToLowerInvariant();
        name = name.Trim();
        if (!CodePattern().IsMatch(code)) return LibraryResult.Fail(LibraryMessages.Text.Format("Add.BadCode", code));
        if (name.Length is 0 or > 100) return LibraryResult.Fail(LibraryMessages.Text["Add.BadName"]);
        var all = await tree.ReloadAsync(ct);
        if (all.Any(l => l.Code == code)) return LibraryResult.Fail(LibraryMessages.Text.Format("Add.CodeTaken", code));
        if (all.FirstOrDefault(l => l.Code == parentCode.Trim().ToLowerInvariant()) is not { } parent)
            return LibraryResult.Fail(LibraryMessages.Text.Format("Add.NoParent", parentCode, string.Join(", ", all.Select(l => l.Code))));
        if (parent.RetiredAt is not null) return LibraryResult.Fail(LibraryMessages.Text.Format("Add.ParentRetired", parent.Name));
        if (level <= parent.Level) return LibraryResult.Fail(LibraryMessages.Text.Format("Add.BadLevel", LevelName(level), parent.Name, LevelName(parent.Level)));
        if (!actor.CanSee(tree, parent.Id)) return LibraryResult.Fail(LibraryMessages.Text.Format("Add.NoParent", parentCode, ""));

        var library = new Library { Code = code, Name = name, Level = level, ParentId = parent.Id, CreatedAt = clock.GetUtcNow() };
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.Libraries.Add(library);
            await db.SaveChangesAsync(ct);
        }
        await tree.ReloadAsync(ct); // the tree read above does not hold the new library yet
        SeeBelow(actor);
        var admin = await users.CreateAsync(adminName, [PortalRoles.Admin], [], actor, library: library.Id);
        if (!admin.Succeeded)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await db.Libraries.Where(l => l.Id == library.Id).ExecuteDeleteAsync(ct); // nothing refers to it yet
            await tree.ReloadAsync(ct);
            return new LibraryResult(null, null, admin.Errors);
        }
        await AuditAsync(AuditEventKind.LibraryAdded, library, actor, $"{library.Level} < {parent.Code}; admin {adminName}", ct);
        await tree.ReloadAsync(ct);
        return new LibraryResult(library, admin.OneTimePassword, []);
    }

    /// <summary>Retired: kept with all its history, no longer offered as a parent; null when done, else why not.</summary>
    public async Task<string?> RetireAsync(string code, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var all = await tree.ReloadAsync(ct);
        SeeBelow(actor);
        if (FindForChange(all, code, actor) is not { } library) return LibraryMessages.Text.Format("Change.Unknown", code);
        if (library.Id == Library.DefaultId) return LibraryMessages.Text["Change.Default"];
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Libraries.Where(l => l.Id == library.Id && l.RetiredAt == null).ExecuteUpdateAsync(s => s.SetProperty(l => l.RetiredAt, clock.GetUtcNow()), ct);
        await AuditAsync(AuditEventKind.LibraryRetired, library, actor, null, ct);
        await tree.ReloadAsync(ct);
        return null;
    }

    /// <summary>
    /// Removed only while it has no figures (nor their history), no plan and no library below it: a library added by
    /// mistake. Its accounts, tokens, drafts, deadlines and audit go with it, in one transaction.
    /// </summary>
    public async Task<string?> RemoveAsync(string code, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var all = await tree.ReloadAsync(ct);
        SeeBelow(actor);
        if (FindForChange(all, code, actor) is not { } library) return LibraryMessages.Text.Format("Change.Unknown", code);
        if (library.Id == Library.DefaultId) return LibraryMessages.Text["Change.Default"];
        await using var db = await contexts.CreateDbContextAsync(ct);
        var id = library.Id;
        // The removed library's rows, not those of the library the page addresses.
        IQueryable<T> Rows<T>(DbSet<T> set) where T : class, ILibraryOwned =>
            set.IgnoreQueryFilters([LibraryRows.AddressedFilter]).Where(r => r.LibraryId == id);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var figures = await Rows(db.Figures).CountAsync(ct);
        if (figures > 0 || await Rows(db.Audit).AnyAsync(ct)) return LibraryMessages.Text.Format("Remove.HasFigures", library.Name, figures, code);
        if (await db.Libraries.AnyAsync(l => l.ParentId == id, ct)) return LibraryMessages.Text.Format("Remove.HasChildren", library.Name);
        if (await Rows(db.Plans).AnyAsync(ct)) return LibraryMessages.Text.Format("Remove.HasData", library.Name, code);
        await Rows(db.AccessTokens).ExecuteDeleteAsync(ct);
        await Rows(db.PlanDrafts).ExecuteDeleteAsync(ct);
        await Rows(db.DeadlineExceptions).ExecuteDeleteAsync(ct);
        await Rows(db.ReportingYears).ExecuteDeleteAsync(ct);
        await Rows(db.ReminderDeliveries).ExecuteDeleteAsync(ct);
        await Rows(db.ReminderClaims).ExecuteDeleteAsync(ct);
        await Rows(db.AuditEvents).ExecuteDeleteAsync(ct);
        var people = db.Users.Where(u => u.LibraryId == id).Select(u => u.Id);
        await db.UserClaims.Where(c => people.Contains(c.UserId)).ExecuteDeleteAsync(ct);
        await db.UserRoles.Where(r => people.Contains(r.UserId)).ExecuteDeleteAsync(ct);
        await db.Users.Where(u => u.LibraryId == id).ExecuteDeleteAsync(ct);
        await db.Libraries.Where(l => l.Id == id).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        await AuditAsync(AuditEventKind.LibraryRemoved, library, actor, null, ct);
        await tree.ReloadAsync(ct);
        return null;
    }

    /// <summary>Recorded in the acting user's library, which is the one above the library changed.</summary>
    private async Task AuditAsync(AuditEventKind kind, Library library, ClaimsPrincipal actor, string? detail, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.AuditEvents.Add(new AuditEvent { Kind = kind, By = Writer.NameOf(actor), At = clock.GetUtcNow(), Subject = $"{library.Code} {library.Name}", Detail = detail });
        await db.SaveChangesAsync(ct);
    }

    private Library? FindForChange(IReadOnlyList<Library> all, string code, ClaimsPrincipal actor)
    {
        var library = all.FirstOrDefault(l => l.Code == code.Trim().ToLowerInvariant());
        return library is not null && actor.IsAdmin() && actor.CanSee(tree, library.Id) ? library : null;
    }

    /// <summary>
    /// A circuit's scope is computed when it starts (ADR 039), so it misses a library added since, here or on another
    /// instance: without this its rows are filtered out of a remove and the new library's admin is refused as a write
    /// outside the scope. Widened for this call only, and synchronous because an AsyncLocal set in an async method is
    /// not seen by its caller.
    /// </summary>
    private void SeeBelow(ClaimsPrincipal actor)
    {
        var scope = LibraryScope.Current;
        if (!scope.SeesAll) LibraryScope.Current = new LibraryScope(scope.Library, tree.VisibleFrom(actor.LibraryOf()));
    }

    public static string LevelName(LibraryLevel level) => LibraryMessages.Text[$"Level.{level}"];
}
