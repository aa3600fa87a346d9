using Microsoft.EntityFrameworkCore;
using Portal.Data.Entities;

namespace Portal.Data;

/// <summary>
/// The province's libraries as a tree (ADR 039, 045), read once and kept (a hundred rows at most): the one place that
/// walks it, for the visible sets, the review chain and the joint targets. Reloaded after a change on this instance,
/// and when asked about a library it does not know (one added on another instance). <see cref="Above"/>,
/// <see cref="Below"/> and <see cref="Known"/> answer from the copy already read, without waiting (every request and
/// circuit reads it for its scope first; the joint targets read it inside the live store); before the first read
/// they know no library.
/// </summary>
public sealed class LibraryTree(IDbContextFactory<PortalDbContext> contexts)
{
    private readonly Lock _subscribing = new();
    private volatile Copy? _copy;
    private volatile Action<IReadOnlyList<Library>, IReadOnlyList<Library>>[] _reloaded = [];

    public async Task<IReadOnlyList<Library>> AllAsync(CancellationToken ct = default) => _copy?.Libraries ?? await ReloadAsync(ct);

    public async Task<Library?> FindAsync(int id, CancellationToken ct = default) =>
        (await AllAsync(ct)).FirstOrDefault(l => l.Id == id) ?? (await ReloadAsync(ct)).FirstOrDefault(l => l.Id == id);

    public async Task<Library?> FindByCodeAsync(string code, CancellationToken ct = default) =>
        (await AllAsync(ct)).FirstOrDefault(l => l.Code == code) ?? (await ReloadAsync(ct)).FirstOrDefault(l => l.Code == code);

    public async Task<IReadOnlyList<Library>> ReloadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var libraries = await db.Libraries.AsNoTracking().OrderBy(l => l.Id).ToListAsync(ct);
        var before = Interlocked.Exchange(ref _copy, new Copy(libraries))?.Libraries ?? [];
        foreach (var reloaded in _reloaded) reloaded(before, libraries);
        return libraries;
    }

    /// <summary>
    /// Calls <paramref name="reloaded"/> with the libraries before and after each reload, until disposed: a library
    /// added (or moved) may now contribute to a joint target above it (ADR 043).
    /// </summary>
    public IDisposable OnReloaded(Action<IReadOnlyList<Library>, IReadOnlyList<Library>> reloaded)
    {
        lock (_subscribing) _reloaded = [.. _reloaded, reloaded];
        return new Unsubscribe(() => { lock (_subscribing) _reloaded = _reloaded.Where(r => r != reloaded).ToArray(); });
    }

    private sealed class Unsubscribe(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }

    /// <summary>The library from the copy already read; null when it does not know it.</summary>
    public Library? Known(int library) => _copy?.ById.GetValueOrDefault(library);

    /// <summary>The name from the copy already read (the app bar's title, ADR 039).</summary>
    public string? NameOf(int library) => Known(library)?.Name;

    /// <summary>The libraries above <paramref name="library"/>, nearest first: its parent, the parent's parent, up to the top.</summary>
    public IReadOnlyList<Library> Above(int library)
    {
        var copy = _copy;
        var above = new List<Library>();
        if (copy is null) return above;
        // The count bounds a walk that a broken parent link would make endless.
        for (var l = copy.ById.GetValueOrDefault(library); l?.ParentId is { } p && copy.ById.TryGetValue(p, out var parent) && above.Count < copy.Libraries.Count; l = parent)
            above.Add(parent);
        return above;
    }

    /// <summary>Every library under <paramref name="library"/> (not itself), parents before children, siblings by id.</summary>
    public IReadOnlyList<Library> Below(int library)
    {
        var copy = _copy;
        if (copy is null) return [];
        var below = new List<Library>(copy.Children[library]);
        for (var i = 0; i < below.Count; i++) below.AddRange(copy.Children[below[i].Id]);
        return below;
    }

    /// <summary>
    /// The visible set of a user of <paramref name="library"/> (ADR 039): it and every library below it, parents
    /// before children; nothing for a library the tree does not know.
    /// </summary>
    public IReadOnlyList<int> VisibleFrom(int library) =>
        Known(library) is null ? [] : [library, .. Below(library).Select(l => l.Id)];

    /// <summary>
    /// The scope of a user of <paramref name="library"/> at an address of <paramref name="addressed"/> (by default
    /// their own): they see their library and the libraries below it; nothing for an unknown id.
    /// </summary>
    public async Task<LibraryScope> ScopeForAsync(int library, int? addressed = null, CancellationToken ct = default) =>
        new(addressed ?? library, await FindAsync(library, ct) is null ? [] : VisibleFrom(library));

    /// <summary>One read of the table, with its lookups, so that a walk never mixes two reads.</summary>
    private sealed class Copy(List<Library> libraries)
    {
        public IReadOnlyList<Library> Libraries { get; } = libraries;
        public IReadOnlyDictionary<int, Library> ById { get; } = libraries.ToDictionary(l => l.Id);
        public ILookup<int, Library> Children { get; } = libraries.Where(l => l.ParentId is not null).ToLookup(l => l.ParentId!.Value);
    }
}
