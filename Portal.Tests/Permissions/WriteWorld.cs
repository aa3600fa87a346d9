using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Accounts.Tokens;
using Portal.Accounts.Users;
using Portal.Data;
using Portal.Data.Entities;
using Portal.PlanImport;
using Portal.Reporting;
using Portal.Tests.PlanImport;
using Portal.Tests.Support;
using Portal.Tests.Support.PlanImport;

namespace Portal.Tests.Permissions;

/// <summary>
/// One permission-matrix case's world: the shared portal, a fresh scope (as a request or a page's save has), and the
/// set-up an operator does first so that the write would change something. Writes target 读者服务部.
/// </summary>
public sealed class WriteWorld(PortalFactory portal) : IAsyncDisposable
{
    public const string Division = "reader-services";
    public const string Target = "target.user";
    private static readonly System.Security.Claims.ClaimsPrincipal Operator = TestWriters.Admin("系统管理员");
    private readonly AsyncServiceScope _scope = portal.Scope();

    public PortalFactory Portal => portal;

    public PortalDbContext Db => Get<PortalDbContext>();

    /// <summary>A task owned by 读者服务部.</summary>
    public static string Item { get; set; } = "";

    public string TargetId { get; set; } = "";

    public PlanDraftRecord? Draft { get; private set; }

    public long TokenId { get; private set; }

    public string LibraryCode { get; private set; } = "";

    public long DeliveryId { get; private set; }

    public int FigureVersion { get; private set; }

    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    private async Task<T> FreshAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = portal.Scope();
        return await use(scope.ServiceProvider);
    }

    public Task OpenAsync(int month) => FreshAsync(s => s.GetRequiredService<SubmissionService>().WithdrawAsync(Operator, 2013, Division, month));

    /// <summary>The month submitted (not reviewed) by someone who is none of the matrix's actors.</summary>
    public async Task SubmitAsync(int month)
    {
        await OpenAsync(month);
        await FreshAsync(s => s.GetRequiredService<SubmissionService>().SubmitAsync(Operator, 2013, Division, month, "本月无业务"));
    }

    /// <summary>A new 外借量 figure of <paramref name="month"/> for 读者服务部, so that deleting it changes something.</summary>
    public async Task FigureAsync(int month, double value) => FigureVersion = await FreshAsync(async s =>
        (await s.GetRequiredService<Portal.Figures.FigureService>().SaveAsync(portal.Plan2013,
            [new Portal.Figures.FigureWrite("circulation.loans", Division, month, value, null, null)], Operator)).Saved[0].Version);

    public async Task DraftAsync() =>
        Draft = await FreshAsync(s => s.GetRequiredService<PlanDraftService>().CreateAsync("plan-2014.docx", Plan2014.Extracted(), Operator));

    public Task TargetRolesAsync(string role) =>
        FreshAsync(s => s.GetRequiredService<UserAdmin>().SetRolesAsync(TargetId, [role], [Division], Operator));

    public Task LockTargetAsync() => FreshAsync(s => s.GetRequiredService<UserAdmin>().LockAsync(TargetId, Operator));

    public Task UnlockTargetAsync() => FreshAsync(s => s.GetRequiredService<UserAdmin>().UnlockAsync(TargetId, Operator));

    /// <summary>A county library below the default one, with its admin, to retire or remove.</summary>
    public async Task LibraryAsync()
    {
        LibraryCode = $"county-{Guid.NewGuid():N}"[..20];
        var added = await FreshAsync(s => s.GetRequiredService<Portal.Libraries.LibraryAdmin>().AddAsync(
            LibraryCode, "测试县图书馆", LibraryLevel.County, global::Portal.Data.Migrations.DefaultLibrary.Code, $"admin.{LibraryCode}", Operator));
        Assert.True(added.Succeeded, string.Join(' ', added.Errors));
    }

    public async Task KioskTokenAsync() =>
        TokenId = (await FreshAsync(s => s.GetRequiredService<TokenService>().CreateKioskTokenAsync("二楼走廊", Operator))).Id;

    public async Task FailedDeliveryAsync() => DeliveryId = await FreshAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var delivery = new ReminderDelivery
        {
            Channel = DeliveryChannel.Email, Kind = DeliveryKind.Reminder, Year = 2013, Month = 3, Divisions = Division,
            Target = "zhangmin@zjlib.cn", Subject = "3 月数据尚未填报", Body = "请尽快填报。", Status = DeliveryStatus.Failed, Attempts = 5,
            CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow.AddDays(1), LastError = "连接被拒绝",
        };
        db.ReminderDeliveries.Add(delivery);
        await db.SaveChangesAsync();
        return delivery.Id;
    });

    /// <summary>Everything a write could change, as one string: equal before and after means nothing was written.</summary>
    public Task<string> SnapshotAsync() => FreshAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var parts = new List<object>
        {
            string.Join(";", await db.Users.OrderBy(u => u.Id).Select(u => u.Id + u.Email + u.PasswordHash + u.LockoutEnd + u.SecurityStamp).ToListAsync()),
            string.Join(";", await db.UserRoles.OrderBy(r => r.UserId).ThenBy(r => r.RoleId).Select(r => r.UserId + r.RoleId).ToListAsync()),
            await db.UserClaims.CountAsync(),
            string.Join(";", (await db.AccessTokens.Select(t => new { t.Id, t.RevokedAt }).ToListAsync()).OrderBy(t => t.Id)),
            string.Join(";", (await db.Figures.Select(f => new { f.Division, f.Month, f.Kpi, f.Value }).ToListAsync()).OrderBy(f => f.ToString())),
            await db.Audit.CountAsync(), await db.ItemAudit.CountAsync(), await db.AuditEvents.CountAsync(), await db.PlanAudit.CountAsync(),
            string.Join(";", (await db.MonthClosures.Select(c => new { c.Division, c.Month, c.ReviewedBy }).ToListAsync()).OrderBy(c => c.ToString())),
            string.Join(";", (await db.Plans.Select(p => new { p.Year, p.Version }).ToListAsync()).OrderBy(p => p.Year)),
            string.Join(";", (await db.PlanDrafts.Select(d => new { d.Id, d.Version }).ToListAsync()).OrderBy(d => d.Id)),
            string.Join(";", (await db.ReminderDeliveries.Select(d => new { d.Id, d.Status, d.Attempts }).ToListAsync()).OrderBy(d => d.Id)),
            string.Join(";", (await db.ReportingYears.Select(y => new { y.Year, y.DefaultDay }).ToListAsync()).OrderBy(y => y.Year)),
            string.Join(";", (await db.ItemProgress.Select(i => new { i.ItemCode, i.Version }).ToListAsync()).OrderBy(i => i.ItemCode)),
        };
        return string.Join("|", parts);
    });

    /// <summary>How many records name <paramref name="by"/> as who did it, over every audit trail.</summary>
    public Task<int> AuditedAsync(string by) => FreshAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        return await db.Audit.CountAsync(a => a.By == by) + await db.ItemAudit.CountAsync(a => a.By == by)
            + await db.AuditEvents.CountAsync(a => a.By == by) + await db.PlanAudit.CountAsync(a => a.By == by)
            + await db.PlanDrafts.CountAsync(d => d.UpdatedBy == by) + await db.AccessTokens.CountAsync(t => t.CreatedBy == by);
    });

    public async ValueTask DisposeAsync() => await _scope.DisposeAsync();
}
