using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Accounts.Acting;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain;
using Portal.Domain.Localization;
using Portal.Domain.Plans;
using Portal.Live;

namespace Portal.Plans;

/// <summary>
/// Publishes a new plan year: checks the plan file, stores it as the year's first version with an audit record, and
/// serves it at once on this instance; the store's feed then tells open pages (the year switcher), the hub and the
/// other instances (through the change bus, ADR 004). A year that already exists is refused: a published plan is
/// changed by editing it (ADR 014), never by publishing over it.
/// </summary>
public sealed class PlanPublisher(IDbContextFactory<PortalDbContext> contexts, PlanStore store, TimeProvider clock, ActingUsers acting, ILogger<PlanPublisher> log)
{
    public const string Action = "publish";

    /// <exception cref="DomainException">The JSON is not a valid plan file, or its year already exists (message in Chinese).</exception>
    /// <exception cref="WriteForbiddenException">The actor, as they are now, is not an admin.</exception>
    public async Task<Plan> PublishAsync(string planJson, ClaimsPrincipal actor, CancellationToken ct)
    {
        Refusals.RequireAdmin(await acting.NowAsync(actor, ct), PlanMessages.Text["Publish.What"]);
        var by = Writer.NameOf(actor);
        var plan = PlanFile.Parse(planJson);
        // Stored in the writer's own layout, so that the export and later edits start from one canonical text.
        var json = PlanFile.Serialize(plan);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (store.Find(plan.Year) is not null || await db.Plans.AnyAsync(p => p.Year == plan.Year, ct)) throw YearExists(plan);
        var at = clock.GetUtcNow();
        db.Plans.Add(new PlanDocument { Year = plan.Year, Title = plan.Title, Json = json, UpdatedAt = at, UpdatedBy = by, Version = 1 });
        db.PlanAudit.Add(new PlanAudit
        {
            Year = plan.Year, Version = 1, Action = Action, Subject = plan.Year.ToString(), NewValue = Summary(plan),
            Reason = PlanMessages.Text.Get("Publish.What", TextResource.Chinese), By = by, At = at,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw YearExists(plan); // another admin published the same year a moment earlier
        }
        store.Adopt(plan, new PlanRevision(1, json), ChangeOrigin.ThisInstance);
        log.LogInformation("{By} published the {Year} plan ({Kpis} KPIs)", by, plan.Year, plan.Kpis.Count);
        return plan;
    }

    public static string Summary(Plan plan) =>
        PlanMessages.Text.Format("Publish.Summary", plan.Title, plan.Sections.Count(s => s.IsTopLevel), plan.Items.Count(), plan.Kpis.Count, plan.Divisions.Count);

    private static DomainException YearExists(Plan plan) => new(
        PlanMessages.Text.Format("Publish.Exists", plan.Year), "year");
}
