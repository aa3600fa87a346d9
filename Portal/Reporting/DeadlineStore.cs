using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Accounts.Acting;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain;
using Portal.Domain.Localization;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Plans;

namespace Portal.Reporting;

/// <summary>A month whose deadline an admin moved, as the settings form edits it.</summary>
public sealed record DeadlineChange(int Month, DateOnly DueDate, string? Note);

/// <summary>Each plan year's reporting deadlines: the default day (5th unless an admin changed it) and the holiday exceptions.</summary>
public sealed class DeadlineStore(IDbContextFactory<PortalDbContext> contexts, PlanStore store, TimeProvider clock, ActingUsers acting)
{
    public async Task<DeadlineSchedule> ScheduleAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ScheduleAsync(db, year, ct);
    }

    public static async Task<DeadlineSchedule> ScheduleAsync(PortalDbContext db, int year, CancellationToken ct = default)
    {
        var setting = await db.ReportingYears.AsNoTracking().FirstOrDefaultAsync(y => y.Year == year, ct);
        var exceptions = await db.DeadlineExceptions.AsNoTracking().Where(e => e.Year == year).ToListAsync(ct);
        return new DeadlineSchedule(year, setting?.DefaultDay ?? DeadlineSchedule.DefaultDueDay, exceptions.ToDictionary(e => e.Month, e => e.DueDate));
    }

    public async Task<List<DeadlineException>> ExceptionsAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.DeadlineExceptions.AsNoTracking().Where(e => e.Year == year).OrderBy(e => e.Month).ToListAsync(ct);
    }

    /// <summary>Replaces a year's deadline settings (admins only); refused whole, with the reason, when any part is wrong.</summary>
    public async Task<string?> SaveAsync(ClaimsPrincipal user, int year, int defaultDay, IReadOnlyList<DeadlineChange> exceptions, CancellationToken ct = default)
    {
        var by = Writer.NameOf(user);
        if (Refusals.NotAdmin(await acting.NowAsync(user, ct), ReportingMessages.Text["Deadlines.What"]) is { } refused) return refused;
        if (store.Find(year) is null) return PlanMessages.NoPlan(year);
        var twice = exceptions.GroupBy(e => e.Month).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) return ReportingMessages.Text.Format("Deadlines.Twice", twice.Key);
        if (exceptions.FirstOrDefault(e => e.Note?.Trim().Length > 100) is { } wordy) return ReportingMessages.Text.Format("Deadlines.NoteTooLong", wordy.Month);
        try
        {
            _ = new DeadlineSchedule(year, defaultDay, exceptions.ToDictionary(e => e.Month, e => e.DueDate));
        }
        catch (DomainException e)
        {
            return e.Message;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var setting = await db.ReportingYears.FirstOrDefaultAsync(y => y.Year == year, ct);
        if (setting is null) db.ReportingYears.Add(setting = new ReportingYear { Year = year, UpdatedBy = by });
        (setting.DefaultDay, setting.UpdatedBy, setting.UpdatedAt) = (defaultDay, by, clock.GetUtcNow());
        db.DeadlineExceptions.RemoveRange(await db.DeadlineExceptions.Where(e => e.Year == year).ToListAsync(ct));
        db.DeadlineExceptions.AddRange(exceptions.Select(e => new DeadlineException
        {
            Year = year, Month = e.Month, DueDate = e.DueDate, Note = string.IsNullOrWhiteSpace(e.Note) ? null : e.Note.Trim(),
        }));
        db.AuditEvents.Add(new AuditEvent
        {
            Kind = AuditEventKind.DeadlinesChanged, By = by, At = clock.GetUtcNow(), Year = year,
            Detail = ReportingMessages.Text.Format(TextResource.Chinese, "Audit.Deadlines", defaultDay, exceptions.Count == 0 ? ReportingMessages.Text.Get("Audit.NoExceptions", TextResource.Chinese)
                     : string.Join(ReportingMessages.Text.Get("Audit.ExceptionSeparator", TextResource.Chinese), exceptions.OrderBy(e => e.Month).Select(e => ReportingMessages.Text.Format(TextResource.Chinese, "Audit.Exception", e.Month, e.DueDate)))),
        });
        await db.SaveChangesAsync(ct);
        store.ReportingChanged(year, ReportingChange.Deadlines);
        return null;
    }
}
