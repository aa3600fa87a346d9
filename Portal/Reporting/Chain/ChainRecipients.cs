using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Accounts;
using Portal.Addresses;
using Portal.Data.Entities;
using Portal.Data;
using Portal.Languages;
using Portal.Reporting.Reminders;

namespace Portal.Reporting.Chain;

/// <summary>
/// Who hears of a library's month in the chain: the library's admins and directors with an e-mail address who are
/// not locked out, each in their own language, through the reminder outbox.
/// </summary>
public sealed class ChainRecipients(IOptions<MailOptions> mail, TimeProvider clock)
{
    public static string BoardLink(string publicUrl, Library library, int month) =>
        $"{publicUrl.TrimEnd('/')}{AppPaths.BaseOf(library.Id, library.Code)}/reporting?month={month}";

    public async Task<IReadOnlyList<Recipient>> OfAsync(PortalDbContext db, int library, CancellationToken ct = default)
    {
        var reviewers = from ur in db.UserRoles
                        join r in db.Roles on ur.RoleId equals r.Id
                        where r.Name == PortalRoles.Admin || r.Name == PortalRoles.Director
                        select ur.UserId;
        var users = await db.Users.AsNoTracking()
            .Where(u => u.LibraryId == library && reviewers.Contains(u.Id) && u.Email != null && u.Email != "")
            .OrderBy(u => u.UserName).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return users.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .Select(u => new Recipient(u.UserName!, u.DisplayName, u.Email!, PortalCultures.Culture(u.Language))).ToList();
    }

    /// <summary>One e-mail per language the library's admins and directors read, in the caller's unit of work.</summary>
    public async Task AddEmailsAsync(PortalDbContext db, int library, DeliveryKind kind, int year, int month,
        Func<CultureInfo, (string Subject, string Body)> compose, CancellationToken ct = default)
    {
        if (!mail.Value.Enabled) return;
        var now = clock.GetUtcNow();
        foreach (var readers in (await OfAsync(db, library, ct)).GroupBy(r => r.Culture))
        {
            var (subject, body) = compose(readers.Key);
            db.ReminderDeliveries.Add(new ReminderDelivery
            {
                Channel = DeliveryChannel.Email, Kind = kind, Year = year, Month = month, Divisions = ChainReminders.ClaimDivision,
                Target = string.Join(",", readers.Select(r => r.Email)), Subject = subject, Body = body, Status = DeliveryStatus.Pending,
                CreatedAt = now, NextAttemptAt = now,
            });
        }
    }
}
