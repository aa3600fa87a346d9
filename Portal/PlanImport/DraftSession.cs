using Portal.Data.Entities;
using Portal.Domain.PlanDrafts;
using Portal.Domain.Plans;
using Portal.Shared;

namespace Portal.PlanImport;

/// <summary>
/// One admin's review of one stored draft: every edit is applied, validated and stored at once, one at a time. A save
/// that another admin's got ahead of changes nothing; the session then shows the stored draft and says who changed what.
/// </summary>
public sealed class DraftSession(PlanDraftService service, System.Security.Claims.ClaimsPrincipal by, DraftSessionText text)
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public int Id { get; private set; }
    public PlanDraftRecord Record { get; private set; } = null!;
    public PlanDraft Draft { get; private set; } = new();
    public int Version { get; private set; }
    public Plan? LastYear { get; private set; }
    public IReadOnlyCollection<int> PublishedYears { get; private set; } = [];
    public IReadOnlyList<DraftIssue> Issues { get; private set; } = [];

    /// <summary>Why the last edit was not stored (another admin saved first), or null.</summary>
    public string? Conflict { get; private set; }

    /// <summary>Shows why a step was refused (the acting user is no longer an admin) where conflicts show.</summary>
    public void Refuse(string message)
    {
        Conflict = message;
        Changed?.Invoke();
    }

    /// <summary>The draft is gone (published or discarded by another admin).</summary>
    public bool Missing { get; private set; }

    /// <summary>How often the stored draft replaced the one shown: the page keys its fields on it, so none keeps a refused value.</summary>
    public int Reloads { get; private set; }

    /// <summary>Raised after every edit, stored or not, so the page renders the draft as it now is.</summary>
    public event Action? Changed;

    public IEnumerable<DraftIssue> IssuesOf(string targetId) => Issues.Where(i => i.Target == targetId);

    public string? Error(string field, string? targetId = null) =>
        Issues.Where(i => i.Field == field && i.Target == targetId).Select(i => i.Message).FirstOrDefault();

    public async Task<bool> LoadAsync(int id)
    {
        Id = id;
        if (await service.FindAsync(id) is not { } record)
        {
            Missing = true;
            return false;
        }
        Show(record);
        return true;
    }

    /// <summary>Applies an edit described as <paramref name="what"/> (for the other admins' conflict messages) and stores the draft.</summary>
    public async Task EditAsync(string what, Action<PlanDraft> apply)
    {
        await _one.WaitAsync();
        try
        {
            if (Missing) return;
            var edited = DraftJson.Copy(Draft);
            apply(edited);
            var outcome = await service.SaveAsync(Id, edited, Version, what, by);
            if (outcome.Version is { } version)
            {
                (Draft, Version, Conflict) = (edited, version, null);
                LastYear = service.LastYear(edited.Year);
                Issues = DraftValidator.Validate(Draft, PublishedYears, LastYear);
            }
            else if (outcome.Current is { } current)
            {
                Show(current);
                Reloads++;
                Conflict = string.Format(text.Conflict, current.UpdatedBy, Times.Local(current.UpdatedAt), current.LastChange, what);
            }
            else Missing = true;
        }
        catch (Accounts.Acting.WriteForbiddenException e)
        {
            Conflict = e.Message; // no longer an admin: nothing was stored, the draft on screen stays
        }
        finally
        {
            _one.Release();
            Changed?.Invoke();
        }
    }

    public Task EditTargetAsync(string id, string what, Action<DraftTarget> apply) =>
        EditAsync(what, d => { if (d.Target(id) is { } t) apply(t); });

    /// <summary>Publishes the draft as stored; the plan on success, otherwise the issues (or the conflict) are shown.</summary>
    public async Task<Plan?> PublishAsync()
    {
        await _one.WaitAsync();
        try
        {
            var outcome = await service.PublishAsync(Id, Version, by);
            if (outcome.Stale is { } current)
            {
                Show(current);
                Reloads++;
                Conflict = string.Format(text.Conflict, current.UpdatedBy, Times.Local(current.UpdatedAt), current.LastChange, text.Publishing);
                return null;
            }
            if (outcome.Published is { } plan) return plan;
            PublishedYears = service.PublishedYears;
            Issues = outcome.Issues;
            return null;
        }
        catch (Accounts.Acting.WriteForbiddenException e)
        {
            Conflict = e.Message;
            return null;
        }
        finally
        {
            _one.Release();
            Changed?.Invoke();
        }
    }

    private void Show(PlanDraftRecord record)
    {
        Record = record;
        Draft = DraftJson.Deserialize(record.DraftJson);
        Version = record.Version;
        PublishedYears = service.PublishedYears;
        LastYear = service.LastYear(Draft.Year);
        Issues = DraftValidator.Validate(Draft, PublishedYears, LastYear);
    }
}

/// <summary>The session's two sentences: a conflict ({0} who, {1} when, {2} their change, {3} yours) and the word for publishing.</summary>
public sealed record DraftSessionText(string Conflict, string Publishing);
