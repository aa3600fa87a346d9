using Microsoft.Extensions.DependencyInjection;
using Portal.Figures;
using Portal.Tests.Support;

namespace Portal.Tests.Report;

/// <summary>
/// A small set of figures for January and February 2013, chosen so that the briefing's numbers can be worked out by
/// hand (see the tests that use it).
/// </summary>
public static class ReportFigures
{
    public static readonly FigureWrite[] JanuaryAndFebruary =
    [
        new("local-docs.acquired", "local-docs", 1, 150, null, 0),
        new("local-docs.acquired", "local-docs", 2, 180, null, 0),
        new("circulation.loans", "reader-services", 1, 60_000, null, 0),
        new("circulation.loans", "branches", 1, 15_000, null, 0),
        new("circulation.loans", "reader-services", 2, 70_000, null, 0),
        new("lectures.high-end", "outreach", 2, 2, null, 0),
        new("republican-docs.surveyed", "ancient-books", 1, 500, "普查人员借调古籍普查，进度放缓", 0),
        new("republican-docs.surveyed", "ancient-books", 2, 300, "外聘普查人员 3 月到岗", 0),
    ];

    public static async Task AddAsync(PortalFactory factory)
    {
        await using var scope = factory.Scope();
        var outcome = await scope.AsAdmin().GetRequiredService<FigureService>().SaveAsync(factory.Plan2013, JanuaryAndFebruary, TestWriters.Admin("测试"));
        Assert.True(outcome.Ok);
    }
}
