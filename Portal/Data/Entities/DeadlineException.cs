namespace Portal.Data.Entities;

/// <summary>A month whose deadline is not the default one (a holiday such as 春节): its last day for reporting.</summary>
public sealed class DeadlineException : ILibraryOwned
{
    public int LibraryId { get; set; }
    public long Id { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public DateOnly DueDate { get; set; }
    public string? Note { get; set; }
}
