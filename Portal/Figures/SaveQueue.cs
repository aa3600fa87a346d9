using System.Security.Claims;
using Portal.Live;
using Portal.Plans;

namespace Portal.Figures;

/// <summary>One caller's save, waiting to be committed with the others that arrived while the writer was busy.</summary>
public sealed class QueuedSave(PlanState plan, IReadOnlyList<FigureWrite> writes, string by, string? overrideReason, ClaimsPrincipal user)
{
    private readonly TaskCompletionSource<SaveOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PlanState Plan => plan;
    public IReadOnlyList<FigureWrite> Writes => writes;
    public string By => by;
    public string? OverrideReason => overrideReason;
    public ClaimsPrincipal User => user;
    public Task<SaveOutcome> Outcome => _outcome.Task;

    public void Complete(SaveOutcome outcome) => _outcome.TrySetResult(outcome);
    public void Fail(Exception e) => _outcome.TrySetException(e);
}

/// <summary>
/// The saves of this server waiting for the <see cref="Portal.Data.WriteGate"/>. Whoever gets the gate takes them all
/// and commits them in one transaction (group commit, ADR 010): a burst of saves then costs one transaction rather than
/// a queue of them, and nobody waits behind more than the batch in progress.
/// </summary>
public sealed class SaveQueue
{
    private readonly Lock _gate = new();
    private List<QueuedSave> _waiting = [];

    public int Count
    {
        get { lock (_gate) return _waiting.Count; }
    }

    public void Add(QueuedSave save)
    {
        lock (_gate) _waiting.Add(save);
    }

    /// <summary>Takes back a save that no batch has taken yet (its caller gave up); false once a batch holds it.</summary>
    public bool TryRemove(QueuedSave save)
    {
        lock (_gate) return _waiting.Remove(save);
    }

    /// <summary>Every waiting save, oldest first.</summary>
    public List<QueuedSave> TakeAll()
    {
        lock (_gate)
        {
            var taken = _waiting;
            _waiting = [];
            return taken;
        }
    }
}
