using Portal.Domain;
using Portal.Domain.Reporting;

namespace Portal.Domain.Tests.Reporting;

/// <summary>The chain of 杭州市西湖区图书馆 (county 5): its city 杭州图书馆 (2), then 浙江图书馆 (1), for its April 2013.</summary>
public sealed class ReviewChainTests
{
    private const int Province = 1, City = 2, County = 5, Sibling = 3;
    private static readonly int[] CountyReviewers = [City, Province];
    private static readonly DateTimeOffset Completed = new(2013, 5, 6, 2, 30, 0, TimeSpan.Zero);

    private static ChainStep Reviewed(int by, double hours) => new(by, false, Completed.AddHours(hours), $"admin{by}", null);

    private static ChainStep Returned(int by, double hours, string comment) => new(by, true, Completed.AddHours(hours), $"admin{by}", comment);

    [Fact]
    public void StateOf_TopLibrary_HasNoChain() =>
        Assert.Equal(ChainStage.NoChain, ReviewChain.StateOf([], Completed, []).Stage);

    [Fact]
    public void StateOf_DivisionStillUnreviewed_StaysInTheLibrary() =>
        Assert.Equal(ChainStage.InLibrary, ReviewChain.StateOf(CountyReviewers, null, []).Stage);

    [Fact]
    public void StateOf_CompletedInside_WaitsForTheCitySinceCompletion()
    {
        var state = ReviewChain.StateOf(CountyReviewers, Completed, []);

        Assert.Equal((ChainStage.Awaiting, City, Completed), (state.Stage, state.Awaiting, state.Since));
    }

    [Fact]
    public void StateOf_CityReviewed_WaitsForTheProvinceSinceThatStep()
    {
        var state = ReviewChain.StateOf(CountyReviewers, Completed, [Reviewed(City, 26.5)]);

        Assert.Equal((ChainStage.Awaiting, (int?)Province, (DateTimeOffset?)Completed.AddHours(26.5), 1), (state.Stage, state.Awaiting, state.Since, state.ReviewedLevels));
    }

    [Fact]
    public void StateOf_ProvinceReviewed_IsReviewed() =>
        Assert.Equal(ChainStage.Reviewed, ReviewChain.StateOf(CountyReviewers, Completed, [Reviewed(City, 2), Reviewed(Province, 50)]).Stage);

    [Fact]
    public void StateOf_SentBackAndNotCompletedAgain_IsReturnedWithTheComment()
    {
        var state = ReviewChain.StateOf(CountyReviewers, null, [Reviewed(City, 2), Returned(Province, 30, "外借图书 4 月数与系统统计不符")]);

        Assert.Equal((ChainStage.Returned, "外借图书 4 月数与系统统计不符", Province), (state.Stage, state.Last!.Comment, state.Last.Reviewer));
    }

    [Fact]
    public void Holder_IsTheLibraryTheMonthWaitsFor_ThenTheTopOnceItReviewed_AndNoneInsideOrAfterAReturn()
    {
        int? HolderAfter(DateTimeOffset? completed, params ChainStep[] steps) => ReviewChain.Holder(ReviewChain.StateOf(CountyReviewers, completed, steps));

        Assert.Equal([null, City, Province, Province, null],
            new[] { HolderAfter(null), HolderAfter(Completed), HolderAfter(Completed, Reviewed(City, 2)),
                HolderAfter(Completed, Reviewed(City, 2), Reviewed(Province, 50)), HolderAfter(null, Reviewed(City, 2), Returned(Province, 30, "请核对")) });
        Assert.Null(ReviewChain.Holder(ReviewChain.StateOf([], Completed, [])));
    }

    [Fact]
    public void StateOf_CompletedAgainAfterAReturn_StartsAgainAtTheCity()
    {
        var steps = new[] { Reviewed(City, 2), Returned(Province, 30, "请核对") };

        var state = ReviewChain.StateOf(CountyReviewers, Completed.AddHours(48), steps);

        Assert.Equal((ChainStage.Awaiting, (int?)City, (DateTimeOffset?)Completed.AddHours(48)), (state.Stage, state.Awaiting, state.Since));
    }

    [Fact]
    public void StateOf_ReviewedInsideAgainAfterTheCityReviewed_StartsAgainAtTheCity() =>
        Assert.Equal(City, ReviewChain.StateOf(CountyReviewers, Completed.AddHours(5), [Reviewed(City, 2)]).Awaiting);

    [Fact]
    public void Review_ByTheLibraryItWaitsFor_IsAllowed() =>
        ReviewChain.RequireReview(ReviewChain.StateOf(CountyReviewers, Completed, []), City);

    [Theory]
    [InlineData(Province)] // the province before the city
    [InlineData(Sibling)]
    [InlineData(County)] // the county up its own chain
    public void Review_ByAnotherLibrary_IsRefused(int reviewer)
    {
        var e = Assert.Throws<DomainException>(() => ReviewChain.RequireReview(ReviewChain.StateOf(CountyReviewers, Completed, []), reviewer));

        Assert.Equal("该月现在不等待本馆审核。", e.Message);
    }

    [Fact]
    public void Review_ByTheCityTwice_SaysItIsDone()
    {
        var e = Assert.Throws<DomainException>(() => ReviewChain.RequireReview(ReviewChain.StateOf(CountyReviewers, Completed, [Reviewed(City, 1)]), City));

        Assert.Equal("本馆已审核该月，无需再次审核。", e.Message);
    }

    [Fact]
    public void Review_BeforeTheMonthCameUp_IsRefused() =>
        Assert.Equal("state", Assert.Throws<DomainException>(() => ReviewChain.RequireReview(ReviewChain.StateOf(CountyReviewers, null, []), City)).Field);

    [Fact]
    public void Return_WithoutComment_AsksForOne()
    {
        var e = Assert.Throws<DomainException>(() => ReviewChain.RequireReturn(ReviewChain.StateOf(CountyReviewers, Completed, []), City, "  "));

        Assert.Equal(("comment", "退回时请填写意见，说明需要更正什么。"), (e.Field, e.Message));
    }

    [Fact]
    public void Return_ByTheProvinceAfterItReviewed_IsAllowedAndTrimsTheComment() =>
        Assert.Equal("到馆读者数偏高，请核实", ReviewChain.RequireReturn(
            ReviewChain.StateOf(CountyReviewers, Completed, [Reviewed(City, 1), Reviewed(Province, 3)]), Province, " 到馆读者数偏高，请核实 "));

    [Fact]
    public void Return_ByTheCityOnceTheProvinceHasIt_IsRefused() =>
        Assert.Throws<DomainException>(() => ReviewChain.RequireReturn(ReviewChain.StateOf(CountyReviewers, Completed, [Reviewed(City, 1)]), City, "请核对"));
}
