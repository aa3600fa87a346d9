using Portal.Data;
using Portal.Data.Entities;

namespace Portal.Province;

/// <summary>
/// The libraries a province page rolls up: the addressed library and every library below it that the reader sees,
/// parents before children. Only a province or city library with at least one library below has one (ADR 041).
/// </summary>
public sealed record ProvinceSet(Library Addressed, IReadOnlyList<Library> Libraries, IReadOnlyList<Library> Tree)
{
    public IReadOnlyList<int> Ids => Libraries.Select(l => l.Id).ToList();

    public static async Task<ProvinceSet?> ForAsync(LibraryTree tree, LibraryScope scope, CancellationToken ct = default)
    {
        var all = await tree.AllAsync(ct);
        if (all.FirstOrDefault(l => l.Id == scope.Library) is not { Level: not LibraryLevel.County } addressed) return null;
        // A retired library reports nothing any more: it keeps its history, which the export still gives.
        var libraries = tree.Below(addressed.Id).Prepend(addressed).Where(l => scope.Sees(l.Id)).ToList();
        return libraries.Count(l => l.RetiredAt is null) < 2 ? null : new ProvinceSet(addressed, libraries, all);
    }

    public IEnumerable<Library> Active => Libraries.Where(l => l.RetiredAt is null);

    public Library? Parent(Library library) => Tree.FirstOrDefault(l => l.Id == library.ParentId);

    /// <summary>The city a library belongs to: a city itself, a county's parent; none for the province.</summary>
    public Library? City(Library library) => library.Level switch
    {
        LibraryLevel.City => library,
        LibraryLevel.County => Parent(library),
        _ => null,
    };
}
