namespace Portal.Data.Entities;

/// <summary>A plan year's reporting deadline as an admin set it: figures are due on DefaultDay of the following month.</summary>
public sealed class ReportingYear : ILibraryOwned
{
    public int LibraryId { get; set; }
    public int Year { get; set; }
    public int DefaultDay { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
