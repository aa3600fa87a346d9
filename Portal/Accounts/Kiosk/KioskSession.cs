namespace Portal.Accounts.Kiosk;

/// <summary>
/// For a page shown on a wall (a long-lived circuit opened with a kiosk token): learn that the token was revoked.
/// <see cref="WatchAsync"/> checks every <see cref="CheckEvery"/> and calls back once; with the validator's cache
/// the wall knows within a minute. <see cref="KioskGuard"/> wraps this for pages.
/// </summary>
public sealed class KioskSession(CurrentUser current, Tokens.TokenValidator tokens, TimeProvider clock)
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(30);

    public async Task<bool> IsKioskAsync() => (await current.GetAsync()).IsKiosk();

    /// <summary>True when this scope runs as a kiosk whose token has been revoked since.</summary>
    public async Task<bool> IsRevokedAsync(CancellationToken ct = default) =>
        await TokenIdAsync() is { } id && !await tokens.IsActiveAsync(id, ct);

    /// <summary>Calls <paramref name="onRevoked"/> once when the kiosk token is revoked; dispose to stop watching.
    /// For a signed-in person (not a kiosk) it does nothing: their session has its own revalidation.</summary>
    public async Task<IAsyncDisposable> WatchAsync(Func<Task> onRevoked) => new Watch(await TokenIdAsync(), onRevoked, tokens, clock);

    private async Task<long?> TokenIdAsync() => await current.GetAsync() is var user && user.IsKiosk() ? user.TokenIdOf() : null;

    private sealed class Watch : IAsyncDisposable
    {
        private readonly CancellationTokenSource _cts = new();
        private readonly Task _loop;

        public Watch(long? tokenId, Func<Task> onRevoked, Tokens.TokenValidator tokens, TimeProvider clock) =>
            _loop = tokenId is { } id ? RunAsync(id, onRevoked, tokens, clock, _cts.Token) : Task.CompletedTask;

        private static async Task RunAsync(long id, Func<Task> onRevoked, Tokens.TokenValidator tokens, TimeProvider clock, CancellationToken ct)
        {
            using var timer = new PeriodicTimer(CheckEvery, clock);
            try
            {
                while (await timer.WaitForNextTickAsync(ct))
                {
                    if (await tokens.IsActiveAsync(id, ct)) continue;
                    await onRevoked();
                    return;
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _cts.CancelAsync();
            await _loop;
            _cts.Dispose();
        }
    }
}
