using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts;
using Portal.Accounts.Acting;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Domain;
using Portal.Domain.Localization;
using Portal.Domain.PlanDrafts;
using Portal.Domain.PlanImport;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans;

namespace Portal.PlanImport;

/// <summary>
/// Drafts of new plans in the database: created from an extraction, saved on every edit with a version that refuses
/// a stale save (naming who saved what instead), listed, discarded, and published through <see cref="PlanPublisher"/>.
/// Every write is an admin's, checked here as the actor is now (<see cref="WriteForbiddenException"/> otherwise).
/// </summary>
public sealed class PlanDraftService(IDbContextFactory<PortalDbContext> contexts, PlanStore store, PlanPublisher publisher, TimeProvider clock, ActingUsers acting)
{
    public const int ChangeLength = 500;

    /// <summary>The years already published, which a draft may not take.</summary>
    public IReadOnlyCollection<int> PublishedYears => store.Plans.Select(p => p.Plan.Year).ToHashSet();

    /// <summary>The plan a draft for <paramref name="year"/> continues: the latest published before it (the latest of all without a year).</summary>
    public Plan? LastYear(int? year) =>
        store.Plans.Select(p => p.Plan).FirstOrDefault(p => year is null || p.Year < year);

    public async Task<PlanDraftRecord> CreateAsync(string fileName, ExtractedPlan extracted, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var by = await RequireAdminAsync(actor, ct);
        var draft = DraftFactory.Create(extracted, LastYear(extracted.Year));
        var at = clock.GetUtcNow();
        var record = new PlanDraftRecord
        {
            FileName = fileName, SourceText = extracted.Text, ExtractionJson = ExtractedPlanJson.Serialize(extracted),
            DraftJson = DraftJson.Serialize(draft), Title = Clip(draft.Title, 200), Year = draft.Year,
            CreatedBy = by, CreatedAt = at, UpdatedBy = by, UpdatedAt = at, LastChange = ImportMessages.Text.Get("Draft.Created", TextResource.Chinese), Version = 1,
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.PlanDrafts.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    /// <summary>Every draft, the latest edited first, without their texts.</summary>
    public async Task<IReadOnlyList<DraftSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await db.PlanDrafts.AsNoTracking()
            .Select(d => new DraftSummary(d.Id, d.Title, d.Year, d.FileName, d.UpdatedBy, d.UpdatedAt, d.Version))
            .ToListAsync(ct)).OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id).ToList();
    }

    public async Task<PlanDraftRecord?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await FindAsync(db, id, ct);
    }

    private static Task<PlanDraftRecord?> FindAsync(PortalDbContext db, int id, CancellationToken ct) =>
        db.PlanDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>Stores the edited draft if nobody saved it since <paramref name="expectedVersion"/>; otherwise changes nothing and returns the stored one.</summary>
    public async Task<DraftSaveOutcome> SaveAsync(int id, PlanDraft draft, int expectedVersion, string change, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var by = await RequireAdminAsync(actor, ct);
        var (json, at, what) = (DraftJson.Serialize(draft), clock.GetUtcNow(), Clip(change, ChangeLength));
        var (title, year) = (Clip(draft.Title, 200), draft.Year);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var updated = await db.PlanDrafts.Where(d => d.Id == id && d.Version == expectedVersion).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.DraftJson, json).SetProperty(d => d.Title, title).SetProperty(d => d.Year, year)
            .SetProperty(d => d.UpdatedBy, by).SetProperty(d => d.UpdatedAt, at).SetProperty(d => d.LastChange, what)
            .SetProperty(d => d.Version, expectedVersion + 1), ct);
        if (updated == 1) return new DraftSaveOutcome(expectedVersion + 1, null);
        return new DraftSaveOutcome(null, await FindAsync(db, id, ct));
    }

    /// <summary>Deletes a draft (audited under the actor's name); false when it was already gone.</summary>
    public async Task<bool> DiscardAsync(int id, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var by = await RequireAdminAsync(actor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await FindAsync(db, id, ct) is not { } record || !await DeleteAsync(db, id, ct)) return false;
        db.AuditEvents.Add(new AuditEvent
        {
            Kind = AuditEventKind.DraftDiscarded, By = by, At = clock.GetUtcNow(), Year = record.Year, Subject = record.FileName, Detail = record.Title,
        });
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static async Task<bool> DeleteAsync(PortalDbContext db, int id, CancellationToken ct) => await db.PlanDrafts.Where(d => d.Id == id).ExecuteDeleteAsync(ct) == 1;

    /// <summary>
    /// Publishes the stored draft when it is still at <paramref name="expectedVersion"/> and nothing is wrong with it:
    /// the plan year is created (<see cref="PlanPublisher"/>) and the draft removed. Otherwise nothing changes.
    /// </summary>
    public async Task<PublishOutcome> PublishAsync(int id, int expectedVersion, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        await RequireAdminAsync(actor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await FindAsync(db, id, ct) is not { } record) return PublishOutcome.Refused([new("draft", ImportMessages.Text["Draft.Gone"])]);
        if (record.Version != expectedVersion) return new PublishOutcome(null, [], record);
        var draft = DraftJson.Deserialize(record.DraftJson);
        var issues = DraftValidator.Validate(draft, PublishedYears, LastYear(draft.Year));
        if (issues.Count > 0) return PublishOutcome.Refused(issues);
        Plan plan;
        try
        {
            plan = await publisher.PublishAsync(DraftPlanFile.Json(draft), actor, ct);
        }
        catch (DomainException e)
        {
            return PublishOutcome.Refused([new(e.Field ?? "plan", e.Message)]);
        }
        await DeleteAsync(db, id, ct);
        return new PublishOutcome(plan, [], null);
    }

    private async Task<string> RequireAdminAsync(ClaimsPrincipal actor, CancellationToken ct)
    {
        Refusals.RequireAdmin(await acting.NowAsync(actor, ct), ImportMessages.Text["Draft.What"]);
        return Writer.NameOf(actor);
    }

    private static string Clip(string s, int length) => s.Length <= length ? s : s[..length];
}

public sealed record DraftSummary(int Id, string Title, int? Year, string FileName, string UpdatedBy, DateTimeOffset UpdatedAt, int Version);

/// <summary>A save's result: the new version, or (stale) the draft as another admin stored it.</summary>
public sealed record DraftSaveOutcome(int? Version, PlanDraftRecord? Current)
{
    public bool Saved => Version is not null;
}

/// <summary>A publish's result: the new plan, or the issues that refused it, or (stale) the draft as stored now.</summary>
public sealed record PublishOutcome(Plan? Published, IReadOnlyList<DraftIssue> Issues, PlanDraftRecord? Stale)
{
    public static PublishOutcome Refused(IReadOnlyList<DraftIssue> issues) => new(null, issues, null);
}
