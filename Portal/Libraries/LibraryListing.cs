using Portal.Data.Entities;

namespace Portal.Libraries;

/// <summary>A row of the libraries tab: the library, how deep below the admin's own it sits, and its parent.</summary>
public sealed record LibraryRow(Library Library, int Depth, Library? Parent, bool Own);

/// <summary>What the libraries tab lists and offers: the admin's library and those below it, read as the tree.</summary>
public static class LibraryListing
{
    /// <summary>
    /// <paramref name="own"/> first, then each library followed by the libraries below it (depth first), so that a
    /// county sits under its city; nothing when <paramref name="own"/> is not in the tree.
    /// </summary>
    public static IReadOnlyList<LibraryRow> Below(IReadOnlyList<Library> all, int own)
    {
        var rows = new List<LibraryRow>();
        var children = all.Where(l => l.ParentId is not null).ToLookup(l => l.ParentId!.Value);
        var stack = new Stack<(Library Library, int Depth)>();
        if (all.FirstOrDefault(l => l.Id == own) is { } root) stack.Push((root, 0));
        while (stack.TryPop(out var next))
        {
            rows.Add(new LibraryRow(next.Library, next.Depth, all.FirstOrDefault(p => p.Id == next.Library.ParentId), next.Library.Id == own));
            foreach (var child in children[next.Library.Id].OrderByDescending(c => c.Code, StringComparer.Ordinal)) stack.Push((child, next.Depth + 1));
        }
        return rows;
    }

    /// <summary>The parents a new library of <paramref name="level"/> may have: listed, in use and exactly one level up.</summary>
    public static IReadOnlyList<Library> ParentsFor(IEnumerable<LibraryRow> rows, LibraryLevel level) =>
        rows.Select(r => r.Library).Where(l => l.RetiredAt is null && l.Level == level - 1).ToList();

    /// <summary>The levels a library may be added at: city and county (the province is the root, there is one).</summary>
    public static readonly IReadOnlyList<LibraryLevel> AddableLevels = [LibraryLevel.City, LibraryLevel.County];
}
