namespace Portal.Reporting.Notices;

/// <summary>
/// A month a user's division still owes: reminded and not yet complete, or sent back (Returned, with the reviewer's
/// comment) and not yet submitted again. Link opens the entry grid on it.
/// </summary>
public sealed record OwedItem(int Year, string Division, string DivisionName, int Month, int Missing, bool Returned,
    string? Comment, DateTimeOffset Deadline, bool Overdue, string Link);
