namespace Portal.Data;

/// <summary>
/// One writer at a time on this server. SQLite has a single write lock anyway; queueing here (async, first come
/// first served) instead of in the provider's busy loop, which sleeps 150 ms between retries, keeps a save's latency
/// at its own cost. Writers also apply their changes to the live store inside the gate, so it sees them in commit order.
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<Entered> EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        return new Entered(_gate);
    }

    public readonly struct Entered(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
