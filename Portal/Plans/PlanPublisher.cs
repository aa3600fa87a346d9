using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain;
using Portal.Domain.Plans;

namespace Portal.Plans;

/// <summary>
/// Placeholder of the publishing engineer's publisher (issue 12, part 4), with its exact signature: validates a plan
/// file, refuses a year that exists, stores it and loads it into the live store. Replaced by theirs at the merge.
/// </summary>
public sealed class PlanPublisher(PortalDbContext db, PlanStore store, TimeProvider clock)
{
    public async Task<Plan> PublishAsync(string planJson, string by, CancellationToken ct)
    {
        var plan = PlanFile.Parse(planJson);
        if (store.Find(plan.Year) is not null || await db.Plans.FindAsync([plan.Year], ct) is not null)
            throw new DomainException($"{plan.Year} 年的计划已经存在。", "year");
        db.Plans.Add(new PlanDocument { Year = plan.Year, Title = plan.Title, Json = planJson, UpdatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        store.Load(plan, []);
        return plan;
    }
}
