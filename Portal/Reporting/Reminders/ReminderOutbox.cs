using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Accounts;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Localization;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Plans;

namespace Portal.Reporting.Reminders;

/// <summary>A person a division's reminders go to.</summary>
public sealed record Recipient(string UserName, string? DisplayName, string Email);

/// <summary>
/// Adds reminder messages to the outbox (<see cref="ReminderDelivery"/>) in the caller's unit of work (its context); nothing is
/// sent here. E-mail goes to the division's staff and team leads who have an address and are not locked out.
/// </summary>
public sealed class ReminderOutbox(PlanStore store, IOptions<MailOptions> mail, IOptions<ReportingOptions> options, TimeProvider clock)
{
    /// <summary>
    /// The language every message is composed in: the portal's default until each recipient has one of their own
    /// (issue 26); not the current thread's, since the outbox is filled by background services and by other users' saves.
    /// </summary>
    private static CultureInfo Culture => TextResource.Chinese;

    public async Task<IReadOnlyList<Recipient>> RecipientsAsync(PortalDbContext db, string division, CancellationToken ct = default)
    {
        var members = db.UserClaims.Where(c => c.ClaimType == PortalClaims.Division && c.ClaimValue == division).Select(c => c.UserId);
        var reporters = from ur in db.UserRoles
                        join r in db.Roles on ur.RoleId equals r.Id
                        where r.Name == PortalRoles.Staff || r.Name == PortalRoles.TeamLead
                        select ur.UserId;
        var users = await db.Users.AsNoTracking()
            .Where(u => members.Contains(u.Id) && reporters.Contains(u.Id) && u.Email != null && u.Email != "")
            .OrderBy(u => u.UserName).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return users.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now).Select(u => new Recipient(u.UserName!, u.DisplayName, u.Email!)).ToList();
    }

    public string LinkFor(int year, string division, int month) =>
        ReminderText.EntryLink(options.Value.PublicUrl, year, division, month, store.Plans.FirstOrDefault()?.Plan.Year);

    /// <summary>The robot a division's chat messages go to, or null (the default: none).</summary>
    public string? RobotOf(string division) =>
        options.Value.Webhooks.TryGetValue(division, out var url) && !string.IsNullOrWhiteSpace(url) ? url.Trim() : null;

    public async Task AddReminderAsync(PortalDbContext db, ReminderMoment moment, Division division, IReadOnlyList<Kpi> missing, CancellationToken ct = default)
    {
        var link = LinkFor(moment.Year, division.Code, moment.Month);
        await AddEmailAsync(db, DeliveryKind.Reminder, moment.Year, moment.Month, division.Code,
            ReminderText.ReminderSubject(division, moment, Culture), ReminderText.ReminderBody(division, moment, missing, link, Culture), ct);
    }

    /// <summary>One digest per robot for a moment's reminders: several divisions may share a group robot.</summary>
    public void AddDigests(PortalDbContext db, ReminderMoment moment, IEnumerable<(Division Division, int Missing)> owing)
    {
        foreach (var robot in owing.Where(o => RobotOf(o.Division.Code) is not null).GroupBy(o => RobotOf(o.Division.Code)!))
        {
            var text = ReminderText.Digest(moment, robot.Select(o => (o.Division, o.Missing, LinkFor(moment.Year, o.Division.Code, moment.Month))), Culture);
            Add(db, DeliveryChannel.Webhook, DeliveryKind.Reminder, moment.Year, moment.Month, robot.Select(o => o.Division.Code), robot.Key, ReminderText.DigestSubject(moment.Year, moment.Month, Culture), text);
        }
    }

    public async Task AddReturnedAsync(PortalDbContext db, Plan plan, string division, int month, string by, string comment, CancellationToken ct = default)
    {
        var d = plan.Division(division);
        var link = LinkFor(plan.Year, division, month);
        var (subject, body) = (ReminderText.ReturnedSubject(d, plan.Year, month, Culture), ReminderText.ReturnedBody(d, plan.Year, month, by, comment, link, Culture));
        await AddEmailAsync(db, DeliveryKind.Returned, plan.Year, month, division, subject, body, ct);
        if (RobotOf(division) is { } robot) Add(db, DeliveryChannel.Webhook, DeliveryKind.Returned, plan.Year, month, [division], robot, subject, ReminderText.ReturnedChat(subject, comment, link, Culture));
    }

    private async Task AddEmailAsync(PortalDbContext db, DeliveryKind kind, int year, int month, string division, string subject, string body, CancellationToken ct)
    {
        if (!mail.Value.Enabled) return;
        var to = await RecipientsAsync(db, division, ct);
        if (to.Count > 0) Add(db, DeliveryChannel.Email, kind, year, month, [division], string.Join(",", to.Select(r => r.Email)), subject, body);
    }

    private void Add(PortalDbContext db, DeliveryChannel channel, DeliveryKind kind, int year, int month, IEnumerable<string> divisions, string target, string subject, string body)
    {
        var now = clock.GetUtcNow();
        db.ReminderDeliveries.Add(new ReminderDelivery
        {
            Channel = channel, Kind = kind, Year = year, Month = month, Divisions = string.Join(",", divisions), Target = target,
            Subject = subject, Body = body, Status = DeliveryStatus.Pending, CreatedAt = now, NextAttemptAt = now,
        });
    }
}
