using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain.Reporting;
using Portal.Live;
using Portal.Reporting.Reminders;

namespace Portal.Reporting.Chain;

/// <summary>
/// Reminds the level that owes the chain's next step (ADR 042): the reviewing library's admins and directors when a
/// month has waited for it <see cref="ReportingOptions.ChainReminderDays"/> days, and the library's own when its
/// month was sent back that long ago and has not come up again. Each is claimed once per wait, as the division
/// reminders are (a <see cref="ReminderClaim"/> of the waiting library with the division <see cref="ClaimDivision"/>
/// and the moment naming when the wait began), so several instances or a restart send it exactly once.
/// </summary>
public sealed class ChainReminders(ChainReader reader, LibraryTree tree, PlanStores stores, ChainRecipients recipients, WriteGate gate,
    IDbContextFactory<PortalDbContext> contexts, IOptions<ReportingOptions> options, TimeProvider clock)
{
    /// <summary>Not a division code (those are letters, digits and hyphens): the claim is the library's month's own.</summary>
    public const string ClaimDivision = "*chain";

    public async Task<int> ClaimDueAsync(CancellationToken ct = default)
    {
        var days = options.Value.ChainReminderDays;
        if (days <= 0) return 0;
        var now = clock.GetUtcNow();
        var all = await tree.ReloadAsync(ct); // read again: a library retired on another instance is reminded no more
        var below = all.Where(l => l.ParentId is not null && l.RetiredAt is null).Select(l => l.Id).ToList();
        var years = below.SelectMany(id => stores.For(id).Plans.Select(p => p.Plan.Year)).Distinct().ToList();
        var claimed = 0;
        foreach (var year in years)
            for (var month = 1; month <= 12; month++)
                foreach (var chain in await reader.ReadAsync(below, year, month, ct))
                {
                    var (owedBy, moment) = chain.State switch
                    {
                        { Stage: ChainStage.Awaiting, Since: { } since } when now - since >= TimeSpan.FromDays(days) => (chain.Awaiting!, $"wait-{since.ToUnixTimeSeconds()}"),
                        { Stage: ChainStage.Returned, Since: { } at } when now - at >= TimeSpan.FromDays(days) => (chain.Library, $"back-{at.ToUnixTimeSeconds()}"),
                        _ => default,
                    };
                    if (owedBy is not null && await ClaimAsync(chain, owedBy, moment, days, now, ct)) claimed++;
                }
        return claimed;
    }

    /// <summary>The claim and the messages in one transaction: a lost claim sends nothing.</summary>
    private async Task<bool> ClaimAsync(ChainMonth chain, Library owedBy, string moment, int days, DateTimeOffset now, CancellationToken ct)
    {
        using var entered = await gate.EnterAsync(ct);
        using var library = LibraryScope.Enter(LibraryScope.Of(owedBy.Id)); // the message is in the owing library's outbox
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await ReminderClaims.TryAsync(db, chain.Library.Id, chain.Year, ClaimDivision, chain.Month, moment, now, 0, ct)) return false;
        var waiting = owedBy.Id != chain.Library.Id;
        var link = ChainRecipients.BoardLink(options.Value.PublicUrl, owedBy, chain.Month);
        await recipients.AddEmailsAsync(db, owedBy.Id, waiting ? DeliveryKind.Reminder : DeliveryKind.Returned, chain.Year, chain.Month, culture => waiting
            ? (ChainText.WaitingSubject(chain, days, culture), ChainText.WaitingBody(chain, days, link, culture))
            : (ChainText.BackSubject(chain, days, culture), ChainText.BackBody(chain, days, link, culture)), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
