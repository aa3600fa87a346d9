using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Reporting.Reminders;

/// <summary>
/// The exactly-once claim of a reminder (ADR 016): an insert into ReminderClaims that its unique key lets one instance
/// win, even after a restart. Run it in the transaction that adds the reminder's messages to the outbox.
/// </summary>
public static class ReminderClaims
{
    /// <returns>True when this call won the claim and should send.</returns>
    public static async Task<bool> TryAsync(PortalDbContext db, int library, int year, string division, int month, string moment,
        DateTimeOffset now, int missing, CancellationToken ct) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "ReminderClaims" ("LibraryId", "Year", "Division", "Month", "Moment", "ClaimedAt", "Missing")
            VALUES ({library}, {year}, {division}, {month}, {moment}, {now.UtcTicks}, {missing})
            ON CONFLICT ("LibraryId", "Division", "Year", "Month", "Moment") DO NOTHING
            """, ct) > 0;
}
