using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Shared;

namespace Portal.Libraries;

/// <summary>
/// The province's libraries as a tree, read once and kept (a hundred rows at most), and each library's visible set:
/// itself and every library below it (ADR 039). Reloaded after a change on this instance, and when asked about a
/// library it does not know (one added on another instance).
/// </summary>
public sealed class LibraryTree(IDbContextFactory<PortalDbContext> contexts, Live.PlanStores stores) : ILibraryNames
{
    private volatile IReadOnlyList<Library>? _libraries;

    public async Task<IReadOnlyList<Library>> AllAsync(CancellationToken ct = default) => _libraries ?? await ReloadAsync(ct);

    public async Task<Library?> FindAsync(int id, CancellationToken ct = default) =>
        (await AllAsync(ct)).FirstOrDefault(l => l.Id == id) ?? (await ReloadAsync(ct)).FirstOrDefault(l => l.Id == id);

    /// <summary>The name from the copy already read (every request and circuit reads it for its scope first).</summary>
    public string? NameOf(int library) => _libraries?.FirstOrDefault(l => l.Id == library)?.Name;

    public async Task<Library?> FindByCodeAsync(string code, CancellationToken ct = default) =>
        (await AllAsync(ct)).FirstOrDefault(l => l.Code == code) ?? (await ReloadAsync(ct)).FirstOrDefault(l => l.Code == code);

    public async Task<IReadOnlyList<Library>> ReloadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var libraries = await db.Libraries.AsNoTracking().OrderBy(l => l.Id).ToListAsync(ct);
        _libraries = libraries;
        stores.Joints.SetLibraries(libraries.Select(Live.JointNodes.Of)); // a new library may contribute to a joint target above it (ADR 043)
        return libraries;
    }

    /// <summary>
    /// The scope of a user of <paramref name="library"/> at an address of <paramref name="addressed"/> (by default
    /// their own): they see their library and the libraries below it; nothing for an unknown id.
    /// </summary>
    public async Task<LibraryScope> ScopeForAsync(int library, int? addressed = null, CancellationToken ct = default)
    {
        var all = await FindAsync(library, ct) is null ? [] : await AllAsync(ct);
        return new LibraryScope(addressed ?? library, Below(all, library));
    }

    /// <summary><paramref name="root"/> and its descendants, parents before children.</summary>
    public static IReadOnlyList<int> Below(IReadOnlyList<Library> all, int root)
    {
        if (all.All(l => l.Id != root)) return [];
        var children = all.Where(l => l.ParentId is not null).ToLookup(l => l.ParentId!.Value, l => l.Id);
        var visible = new List<int> { root };
        for (var i = 0; i < visible.Count; i++) visible.AddRange(children[visible[i]]);
        return visible;
    }
}
