using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Accounts;
using Portal.Addresses;
using Portal.Data.Entities;
using Portal.Data;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;
using Portal.Languages;
using Portal.Live;
using Portal.Plans;

namespace Portal.Reporting.Reminders;

/// <summary>A person a division's reminders go to, and the language their messages are written in (their account's).</summary>
public sealed record Recipient(string UserName, string? DisplayName, string Email, CultureInfo Culture);

/// <summary>
/// Adds reminder messages to the outbox (<see cref="ReminderDelivery"/>) in the caller's unit of work (its context); nothing is
/// sent here. E-mail goes to the division's staff and team leads (of the addressed library: division codes repeat across
/// libraries) who have an address and are not locked out.
/// </summary>
public sealed class ReminderOutbox(PlanStore store, IOptions<MailOptions> mail, IOptions<ReportingOptions> options, TimeProvider clock)
{
    /// <summary>
    /// The robots' language (<see cref="ReportingOptions.WebhookLanguage"/>). Never the current thread's: the outbox is
    /// filled by background services and by other users' requests, and e-mails go in each recipient's own language.
    /// </summary>
    private CultureInfo RobotCulture => PortalCultures.Culture(options.Value.WebhookLanguage);

    public async Task<IReadOnlyList<Recipient>> RecipientsAsync(PortalDbContext db, string division, CancellationToken ct = default)
    {
        var members = db.UserClaims.Where(c => c.ClaimType == PortalClaims.Division && c.ClaimValue == division).Select(c => c.UserId);
        var reporters = from ur in db.UserRoles
                        join r in db.Roles on ur.RoleId equals r.Id
                        where r.Name == PortalRoles.Staff || r.Name == PortalRoles.TeamLead
                        select ur.UserId;
        var users = await db.Users.AsNoTracking()
            .Where(u => u.LibraryId == db.AddressedLibrary && members.Contains(u.Id) && reporters.Contains(u.Id) && u.Email != null && u.Email != "")
            .OrderBy(u => u.UserName).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return users.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now).Select(u => new Recipient(u.UserName!, u.DisplayName, u.Email!, PortalCultures.Culture(u.Language))).ToList();
    }

    /// <summary>The link to a division's month in the addressed library's portal, from the public address.</summary>
    private async Task<Func<int, string, int, string>> LinksAsync(PortalDbContext db, CancellationToken ct)
    {
        var root = options.Value.PublicUrl.TrimEnd('/') + await AppPaths.BaseOfAsync(db, ct);
        var defaultYear = store.Plans.FirstOrDefault()?.Plan.Year;
        return (year, division, month) => ReminderText.EntryLink(root, year, division, month, defaultYear);
    }

    /// <summary>The robot a division's chat messages go to, or null (the default: none).</summary>
    public string? RobotOf(string division) =>
        options.Value.Webhooks.TryGetValue(division, out var url) && !string.IsNullOrWhiteSpace(url) ? url.Trim() : null;

    public async Task AddReminderAsync(PortalDbContext db, ReminderMoment moment, Division division, IReadOnlyList<Kpi> missing, CancellationToken ct = default)
    {
        var link = (await LinksAsync(db, ct))(moment.Year, division.Code, moment.Month);
        await AddEmailAsync(db, DeliveryKind.Reminder, moment.Year, moment.Month, division.Code,
            culture => (ReminderText.ReminderSubject(division, moment, culture), ReminderText.ReminderBody(division, moment, missing, link, culture)), ct);
    }

    /// <summary>One digest per robot for a moment's reminders: several divisions may share a group robot.</summary>
    public async Task AddDigestsAsync(PortalDbContext db, ReminderMoment moment, IEnumerable<(Division Division, int Missing)> owing,
        CancellationToken ct = default)
    {
        var linkFor = await LinksAsync(db, ct);
        foreach (var robot in owing.Where(o => RobotOf(o.Division.Code) is not null).GroupBy(o => RobotOf(o.Division.Code)!))
        {
            var text = ReminderText.Digest(moment, robot.Select(o => (o.Division, o.Missing, linkFor(moment.Year, o.Division.Code, moment.Month))), RobotCulture);
            Add(db, DeliveryChannel.Webhook, DeliveryKind.Reminder, moment.Year, moment.Month, robot.Select(o => o.Division.Code), robot.Key, ReminderText.DigestSubject(moment.Year, moment.Month, RobotCulture), text);
        }
    }

    public async Task AddReturnedAsync(PortalDbContext db, Plan plan, string division, int month, string by, string comment, CancellationToken ct = default)
    {
        var d = plan.Division(division);
        var link = (await LinksAsync(db, ct))(plan.Year, division, month);
        (string, string) Compose(CultureInfo culture) =>
            (ReminderText.ReturnedSubject(d, plan.Year, month, culture), ReminderText.ReturnedBody(d, plan.Year, month, by, comment, link, culture));
        await AddEmailAsync(db, DeliveryKind.Returned, plan.Year, month, division, Compose, ct);
        if (RobotOf(division) is { } robot)
        {
            var subject = ReminderText.ReturnedSubject(d, plan.Year, month, RobotCulture);
            Add(db, DeliveryChannel.Webhook, DeliveryKind.Returned, plan.Year, month, [division], robot, subject, ReminderText.ReturnedChat(subject, comment, link, RobotCulture));
        }
    }

    /// <summary>One message per language the division's recipients read, each to those who read it.</summary>
    private async Task AddEmailAsync(PortalDbContext db, DeliveryKind kind, int year, int month, string division,
        Func<CultureInfo, (string Subject, string Body)> compose, CancellationToken ct)
    {
        if (!mail.Value.Enabled) return;
        foreach (var readers in (await RecipientsAsync(db, division, ct)).GroupBy(r => r.Culture))
        {
            var (subject, body) = compose(readers.Key);
            Add(db, DeliveryChannel.Email, kind, year, month, [division], string.Join(",", readers.Select(r => r.Email)), subject, body);
        }
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
