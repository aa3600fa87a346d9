namespace Portal.Data.Entities;

/// <summary>
/// A new year's plan under review (/plans/new): the document's text, what the extractor read from it, and the draft
/// as the admins have edited it so far. Stored on every edit, so a refresh, a second admin or a restart loses
/// nothing; <see cref="Version"/> refuses a stale save, <see cref="LastChange"/> says what the last save changed.
/// </summary>
public sealed class PlanDraftRecord : ILibraryOwned
{
    public int LibraryId { get; set; }
    public int Id { get; set; }
    public required string FileName { get; set; }
    public required string SourceText { get; set; }

    /// <summary>The extractor's JSON (the `plan extract` contract), kept as it was read.</summary>
    public required string ExtractionJson { get; set; }

    /// <summary>The editable draft (Portal.Domain.PlanDrafts.DraftJson).</summary>
    public required string DraftJson { get; set; }
    public required string Title { get; set; }
    public int? Year { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string LastChange { get; set; }
    public int Version { get; set; }
}
