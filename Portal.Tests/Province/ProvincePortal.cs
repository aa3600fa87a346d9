using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Tests.Support;

namespace Portal.Tests.Province;

/// <summary>
/// The portal as `--demo-province` starts it (浙江图书馆 with 2013 and 2014, two cities and four counties with their
/// 2013 plans), with September 2013 reported as follows: 杭州 submitted all three divisions; 西湖 submitted 外借部
/// and had 活动推广部 sent back; the others submitted nothing. Every 2013 deadline is long past, so whoever has not
/// submitted is late.
/// </summary>
public sealed class ProvincePortal : IAsyncDisposable
{
    public const int Year = 2013, Month = 9;

    public ProvincePortal(DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        Portal = new PortalFactory(demo: true, settings: new Dictionary<string, string?> { ["Portal:DemoProvince"] = "true" }, provider: provider);

    public PortalFactory Portal { get; }

    public async Task<int> IdOfAsync(string code) => (await Portal.Services.GetRequiredService<LibraryTree>().FindByCodeAsync(code))!.Id;

    public async Task<ProvincePortal> ReportSeptemberAsync()
    {
        await AsLibraryAsync("hz-lib", db => Close(db, "lending", "events", "digital"));
        await AsLibraryAsync("xh-lib", db =>
        {
            Close(db, "lending");
            Step(db, AuditEventKind.MonthClosed, "events");
            Step(db, AuditEventKind.MonthReturned, "events");
        });
        return this;
    }

    /// <summary>Runs <paramref name="act"/> on a context of the library's own (its rows are stamped with it), then saves.</summary>
    public async Task AsLibraryAsync(string code, Action<PortalDbContext> act)
    {
        using var entered = LibraryScope.Enter(LibraryScope.Of(await IdOfAsync(code)));
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        act(db);
        await db.SaveChangesAsync();
    }

    private static void Close(PortalDbContext db, params string[] divisions) =>
        db.MonthClosures.AddRange(divisions.Select(d => new MonthClose
        {
            Year = Year, Division = d, Month = Month, ClosedBy = "lead", ClosedAt = new DateTimeOffset(2013, 10, 3, 9, 0, 0, TimeSpan.FromHours(8)),
        }));

    private static void Step(PortalDbContext db, AuditEventKind kind, string division) => db.AuditEvents.Add(new AuditEvent
    {
        Kind = kind, By = "lead", At = new DateTimeOffset(2013, 10, 4, 9, 0, 0, TimeSpan.FromHours(8)), Year = Year, Division = division, Month = Month,
        Detail = kind == AuditEventKind.MonthReturned ? "讲座场次与活动登记表不符，请核对。" : null,
    });

    public ValueTask DisposeAsync() => Portal.DisposeAsync();
}
