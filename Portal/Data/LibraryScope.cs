namespace Portal.Data;

/// <summary>
/// What a request, a circuit or a background job may read and write (ADR 039): <see cref="Visible"/>, the user's own
/// library and every library below it, computed once per request or circuit; <see cref="Library"/>, the library the
/// address names (/l/{code}/…; the default library for the addresses without one), whose rows a page reads and to
/// which a new row belongs. <see cref="All"/> is the scope of the portal itself (start-up, migrations, backups, the
/// command line): it sees every library and addresses the default one; work on another library enters
/// <see cref="Of"/> it. Every <see cref="PortalDbContext"/> the factory makes carries the <see cref="Current"/>
/// scope: its query filters read both, and on PostgreSQL the connection passes <see cref="Visible"/> to row-level
/// security.
/// </summary>
public sealed record LibraryScope(int Library, IReadOnlyList<int>? Visible)
{
    private static readonly AsyncLocal<LibraryScope?> Flowing = new();

    /// <summary>The portal's own scope: every library; new rows go to the default library.</summary>
    public static readonly LibraryScope All = new(Entities.Library.DefaultId, null);

    /// <summary>The scope of the code running now; <see cref="All"/> outside any request or circuit.</summary>
    public static LibraryScope Current
    {
        get => Flowing.Value ?? All;
        set => Flowing.Value = value;
    }

    /// <summary>The portal's own work on one library (start-up, reminders, the relay between instances).</summary>
    public static LibraryScope Of(int library) => new(library, null);

    /// <summary>Makes <paramref name="scope"/> current until the result is disposed (in the same async flow).</summary>
    public static IDisposable Enter(LibraryScope scope)
    {
        var outer = Flowing.Value;
        Flowing.Value = scope;
        return new Restore(outer);
    }

    private sealed class Restore(LibraryScope? outer) : IDisposable
    {
        public void Dispose() => Flowing.Value = outer;
    }

    public bool SeesAll => Visible is null;

    public bool Sees(int library) => Visible is null || Visible.Contains(library);

    /// <summary>The setting row-level security reads on PostgreSQL: "all", or the visible ids separated by commas.</summary>
    public string Setting => Visible is null ? "all" : string.Join(',', Visible);

    /// <summary>The ids as an array for the query filters (an empty array when every library is visible).</summary>
    internal int[] VisibleIds { get; } = Visible?.ToArray() ?? [];
}
