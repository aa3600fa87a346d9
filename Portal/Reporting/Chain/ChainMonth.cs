using Portal.Data.Entities;
using Portal.Domain.Reporting;

namespace Portal.Reporting.Chain;

/// <summary>
/// A library's month in the review chain, as the boards show it: its state, how many of its divisions' months are
/// reviewed inside the library, and the libraries above it that review it, nearest first.
/// </summary>
public sealed record ChainMonth(Library Library, int Year, int Month, ChainState State, int Reviewed, int Divisions, IReadOnlyList<Library> Reviewers)
{
    public Library? Awaiting => Reviewers.FirstOrDefault(r => r.Id == State.Awaiting);

    public Library? LastReviewer => Reviewers.FirstOrDefault(r => r.Id == State.Last?.Reviewer);
}
