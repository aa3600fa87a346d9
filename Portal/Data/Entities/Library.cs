namespace Portal.Data.Entities;

/// <summary>The level of a public library in the province's tree (省级 / 市级 / 县级).</summary>
public enum LibraryLevel { Province, City, County }

/// <summary>
/// One public library of the province (ADR 039). Every plan, figure, account and audit row belongs to exactly one
/// (<see cref="ILibraryOwned"/>); the libraries form a tree, province → city → county, through <see cref="ParentId"/>.
/// A library with figures is never deleted: it is retired, and keeps its history.
/// </summary>
public sealed class Library
{
    /// <summary>The library every database held before there were several: the migration moves all rows into it.</summary>
    public const int DefaultId = 1;

    public int Id { get; set; }
    /// <summary>Short and stable, used in addresses (/l/{code}/…): lower-case letters, digits and hyphens.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public LibraryLevel Level { get; set; }
    public int? ParentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
}

/// <summary>A row that belongs to one library: filtered by the visible set in EF Core and, on PostgreSQL, by row-level security.</summary>
public interface ILibraryOwned
{
    int LibraryId { get; set; }
}
