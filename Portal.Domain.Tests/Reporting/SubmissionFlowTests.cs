using Portal.Domain;
using Portal.Domain.Reporting;

namespace Portal.Domain.Tests.Reporting;

public sealed class SubmissionFlowTests
{
    [Fact]
    public void Submit_WithGapsAndNoReason_AsksForOne()
    {
        var e = Assert.Throws<DomainException>(() => SubmissionFlow.RequireSubmit(SubmissionState.Open, 2, "  "));

        Assert.Equal("还有 2 项未填报。如确需提交，请填写原因（例如“该项本月无业务”）。", e.Message);
        Assert.Equal("reason", e.Field);
    }

    [Fact]
    public void Submit_ReturnedMonthWithReason_KeepsTheTrimmedReason()
    {
        Assert.Equal("汽车图书馆 3 月停运检修", SubmissionFlow.RequireSubmit(SubmissionState.Returned, 1, " 汽车图书馆 3 月停运检修 "));
        Assert.Null(SubmissionFlow.RequireSubmit(SubmissionState.Open, 0, null));
    }

    [Theory]
    [InlineData(SubmissionState.Submitted)]
    [InlineData(SubmissionState.Reviewed)]
    public void Submit_Twice_IsRefused(SubmissionState state) =>
        Assert.Throws<DomainException>(() => SubmissionFlow.RequireSubmit(state, 0, null));

    [Theory]
    [InlineData(SubmissionState.Open)]
    [InlineData(SubmissionState.Returned)]
    [InlineData(SubmissionState.Reviewed)]
    public void Review_AnythingButSubmitted_IsRefused(SubmissionState state) =>
        Assert.Throws<DomainException>(() => SubmissionFlow.RequireReview(state));

    [Fact]
    public void Return_WithoutComment_IsRefused_ReviewedMonthWithComment_IsAllowed()
    {
        Assert.Equal("comment", Assert.Throws<DomainException>(() => SubmissionFlow.RequireReturn(SubmissionState.Submitted, "")).Field);
        Assert.Equal("state", Assert.Throws<DomainException>(() => SubmissionFlow.RequireReturn(SubmissionState.Open, "改")).Field);
        Assert.Equal("外借量含流动点，请拆分", SubmissionFlow.RequireReturn(SubmissionState.Reviewed, "外借量含流动点，请拆分"));
    }

    [Fact]
    public void Withdraw_ReviewedMonth_OnlyAnAdmin()
    {
        Assert.Throws<DomainException>(() => SubmissionFlow.RequireWithdraw(SubmissionState.Reviewed, admin: false));
        SubmissionFlow.RequireWithdraw(SubmissionState.Reviewed, admin: true);
        SubmissionFlow.RequireWithdraw(SubmissionState.Submitted, admin: false);
    }

    [Fact]
    public void Submit_ReasonTooLong_SaysTheLimit()
    {
        var e = Assert.Throws<DomainException>(() => SubmissionFlow.RequireSubmit(SubmissionState.Open, 1, new string('因', 501)));

        Assert.Equal("最多 500 个字，现有 501 个。请缩短后再提交。", e.Message);
    }
}
