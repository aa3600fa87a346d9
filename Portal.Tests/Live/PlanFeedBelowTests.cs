using Portal.Live;

namespace Portal.Tests.Live;

/// <summary>A roll-up's subscription (ADR 044): its own library's changes as a page's, and the libraries below it in its year only.</summary>
public sealed class PlanFeedBelowTests
{
    private const int Province = 1, County = 5, Elsewhere = 9;
    private readonly PlanFeed _feed = new();

    private static PlanChanged Change(int library, int year) => new(year, []) { Library = library };

    [Fact]
    public void Subscribe_WithLibrariesBelow_FollowsThemInItsYear_AndNoOtherLibrary()
    {
        using var subscription = _feed.Subscribe(2013, library: Province, below: new HashSet<int> { Province, County });

        Assert.True(Receives(subscription, Change(County, 2013)));
        Assert.True(Receives(subscription, Change(Province, 2013)));
        Assert.False(Receives(subscription, Change(County, 2014)));    // another year of the county's
        Assert.False(Receives(subscription, Change(Elsewhere, 2013))); // a library not below
        Assert.False(Receives(subscription, Change(County, 2014) with { Revision = new PlanRevision(1, "{}") })); // its plan in another year
    }

    [Fact]
    public void Subscribe_WithoutLibrariesBelow_FollowsItsOwnLibraryOnly()
    {
        using var subscription = _feed.Subscribe(2013, library: Province);

        Assert.False(Receives(subscription, Change(County, 2013)));
        Assert.True(Receives(subscription, Change(Province, 2013)));
    }

    private bool Receives(PlanFeed.Subscription subscription, PlanChanged change)
    {
        _feed.Publish(change);
        return subscription.Reader.TryRead(out var read) && ReferenceEquals(read, change);
    }
}
