using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Reporting;
using Portal.Reporting.Closures;
using Portal.Tests.Support;

namespace Portal.Tests.Permissions;

/// <summary>Nobody reviews a month they submitted; the benchmark endpoints answer only an admin, and record who called.</summary>
public sealed class FourEyesAndBenchTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(settings: new Dictionary<string, string?> { ["Portal:Benchmarks"] = "true" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task Submitter_NeverReviewsOrReturnsTheirOwnMonth_EvenAsAdminOrHoldingBothRoles()
    {
        var admin = TestWriters.Admin("周馆长");
        var both = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "陈红"), new Claim(ClaimTypes.Role, PortalRoles.TeamLead),
            new Claim(ClaimTypes.Role, PortalRoles.Director), new Claim(PortalClaims.Division, "reader-services")], "Test"));
        await using var scope = _portal.Scope();
        var submissions = scope.ServiceProvider.GetRequiredService<SubmissionService>();
        Assert.Equal(PeriodStatus.Closed, (await submissions.SubmitAsync(admin, 2013, "reader-services", 3, "三月无业务")).Status);
        Assert.Equal(PeriodStatus.Closed, (await submissions.SubmitAsync(both, 2013, "reader-services", 4, "四月无业务")).Status);

        var adminReviews = await submissions.ReviewAsync(admin, 2013, "reader-services", 3);
        var bothReviews = await submissions.ReviewAsync(both, 2013, "reader-services", 4);
        var bothReturns = await submissions.ReturnAsync(both, 2013, "reader-services", 4, "请核对");
        var otherReviews = await submissions.ReviewAsync(TestWriters.Admin("另一位管理员"), 2013, "reader-services", 3);

        Assert.Equal((PeriodStatus.Forbidden, PeriodStatus.Forbidden, PeriodStatus.Forbidden), (adminReviews.Status, bothReviews.Status, bothReturns.Status));
        Assert.Equal("该月由您（陈红）提交，提交人不能审核或退回自己提交的月份。请由另一位馆领导或管理员审核。", bothReviews.Message);
        Assert.Equal(PeriodStatus.Reviewed, otherReviews.Status);
        var closures = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().MonthClosures.AsNoTracking()
            .Where(c => c.Year == 2013).OrderBy(c => c.Month).Select(c => c.ReviewedBy).ToListAsync();
        Assert.Equal(["另一位管理员", null], closures);
    }

    [Fact]
    public async Task BenchmarkEndpoints_AnswerOnlyAnAdmin_AndRecordTheCaller()
    {
        var viewer = await _portal.CreateClientAsAsync(PortalRoles.Viewer);
        await _portal.CreateUserAsync("bench.admin", PortalRoles.Admin);
        var admin = _portal.CreateBearerClient(await _portal.CreateApiTokenAsync("bench.admin"));

        var refused = await viewer.GetAsync("/_benchmarks/memory");
        var refusedSave = await viewer.PutAsJsonAsync("/bench/plans/2013/figures/circulation.loans/reader-services/1", new { value = 71_250 });
        var allowed = await admin.GetAsync("/_benchmarks/memory");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK), (refused.StatusCode, refusedSave.StatusCode, allowed.StatusCode));
        Assert.Contains("只有管理员可以使用基准测试接口", await refused.Content.ReadAsStringAsync());
        await using var scope = _portal.Scope();
        var recorded = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Kind == AuditEventKind.BenchmarkUsed).Select(e => e.By).ToListAsync();
        Assert.Equal(["bench.admin"], recorded);
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Figures.AnyAsync(f => f.Year == 2013 && f.Month == 1));
    }
}
